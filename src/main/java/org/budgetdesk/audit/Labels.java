package org.budgetdesk.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels of figures: the words before an amount, cleaned of numbering, quotes, years and basis words
 * (“1.2021年“三公”经费预算数为” → “三公经费”), and what a label names (a concept of the patterns' {@code concept.*}).
 */
final class Labels {
    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年度?");
    private static final Pattern QUOTES = Pattern.compile("[“”‘’\"'《》〈〉\\s]");
    private static final Pattern JOINERS = Pattern.compile("^(?:和|及|与|以及|并|，|、|；|：|。)+");
    private final Pattern prefix;
    private final Pattern suffix;
    private final Pattern marker;
    private final Map<String, Pattern> concepts = new LinkedHashMap<>();

    Labels(AuditPatterns patterns) {
        prefix = patterns.compile("{label.prefix}");
        suffix = patterns.compile("{label.suffix}");
        marker = patterns.compile("^(?:{breakdown.full}|{breakdown.partial})");
        for (String key : patterns.keys()) {
            if (key.startsWith("concept.") && !key.equals("concept.scope")) {
                // an income concept with 支出 after it names spending (财政拨款支出), not the income
                String suffix = key.endsWith("Income") || key.equals("concept.incomeTotal") ? "(?:经费|费用|费|资金)?"
                        : "(?:经费|费用|费|支出|资金)?";
                concepts.put(key.substring("concept.".length()),
                        patterns.compile("(?:^|(?<={concept.scope}))(?:{" + key + "})" + suffix + "$"));
            }
        }
    }

    String clean(String raw) {
        String label = QUOTES.matcher(raw).replaceAll("");
        label = YEAR.matcher(label).replaceAll("");
        for (int i = 0; i < 3; i++) {
            String before = label;
            label = JOINERS.matcher(label).replaceFirst("");
            label = prefix.matcher(label).replaceFirst("");
            label = marker.matcher(label).replaceFirst("");
            label = suffix.matcher(label).replaceFirst("");
            if (label.equals(before)) {
                break;
            }
        }
        return label;
    }

    /** The concept a cleaned label names, the most specific first; null when it names none. */
    String concept(String label) {
        for (Map.Entry<String, Pattern> entry : concepts.entrySet()) {
            Matcher m = entry.getValue().matcher(label);
            if (m.find()) {
                return entry.getKey();
            }
        }
        return null;
    }
}
