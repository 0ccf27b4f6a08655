package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a normalized paragraph: amounts with their unit and percentages. A figure that is only
 * approximate or a threshold (约30万元, 200万元以上, 10-20万元) is left out: it states nothing exact.
 */
final class FigureScanner {
    private final Pattern number;
    private final Pattern approxBefore;
    private final Pattern approxAfter;
    private final java.util.Map<String, BigDecimal> factors = new java.util.LinkedHashMap<>();

    FigureScanner(AuditPatterns patterns) {
        List<String> units = new ArrayList<>();
        for (String entry : patterns.list("amount.unit")) {
            int colon = entry.lastIndexOf(':');
            factors.put(entry.substring(0, colon), new BigDecimal(entry.substring(colon + 1)));
            units.add(Pattern.quote(entry.substring(0, colon)));
        }
        units.sort((a, b) -> Integer.compare(b.length(), a.length()));
        number = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*("
                + String.join("|", units) + "|%)");
        approxBefore = patterns.compile("{approx.before}\\s*$");
        approxAfter = patterns.compile("^\\s*{approx.after}");
    }

    List<Figure> scan(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = number.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 6), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 6));
            if (approxBefore.matcher(before).find() || approxAfter.matcher(after).find()
                    || before.endsWith("-") || before.endsWith("－") || before.endsWith("~")
                    || before.endsWith("至") || before.endsWith("到") || before.endsWith("—")) {
                continue;
            }
            String digits = m.group(1).replace(",", "");
            String decimals = m.group(2) == null ? "" : m.group(2);
            BigDecimal value = new BigDecimal(decimals.isEmpty() ? digits : digits + "." + decimals);
            String unit = m.group(3);
            BigDecimal factor = unit.equals("%") ? BigDecimal.ZERO : factors.get(unit);
            figures.add(new Figure(m.start(), m.end(), m.group(), value, decimals.length(), unit, factor));
        }
        return figures;
    }
}
