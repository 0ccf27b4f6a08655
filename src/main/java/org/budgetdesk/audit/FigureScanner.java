package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a normalized paragraph: amounts with their unit and percentages. A figure that is only
 * approximate or a threshold (约30万元, 200万元以上, 10-20万元) is left out: it states nothing exact. A prior-year
 * amount printed without its unit right before the change that gives one (较上年2.08减少0.03万元) takes that unit.
 * A minus sign is a range (10-20万元) except right after a direction word (增长-5.03%), where it is a sign: the
 * figure is kept, as its magnitude, and the reader turns the direction round.
 */
final class FigureScanner {
    private final Pattern number;
    private final Pattern approxBefore;
    private final Pattern approxAfter;
    private final Pattern bareNumber =
            Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?![\\d.,])");
    private final Pattern priorBefore;
    private final Pattern changeAfter;
    private final Pattern signed;
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
        priorBefore = patterns.compile("(?:{compare.marker})\\s*(?:{prior.label})\\s*(?:{basis.budget}|{basis.final})?"
                + "\\s*$");
        changeAfter = patterns.compile("^\\s*(?:{direction.up}|{direction.down})");
        signed = patterns.compile("(?:{direction.up}|{direction.down}|{rate.words})(?:{direction.filler})?\\s*[-－]$");
    }

    List<Figure> scan(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = number.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 6), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 6));
            boolean dash = before.endsWith("-") || before.endsWith("－");
            if (approxBefore.matcher(before).find() || approxAfter.matcher(after).find()
                    || dash && !signed.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find()
                    || before.endsWith("~") || before.endsWith("至") || before.endsWith("到") || before.endsWith("—")) {
                continue;
            }
            String unit = m.group(3);
            figures.add(figure(m, unit, unit.equals("%") ? BigDecimal.ZERO : factors.get(unit)));
        }
        return withBarePriors(text, figures);
    }

    /** The figures with the prior-year amounts printed without a unit (较上年2.08减少0.03万元) put in their place. */
    private List<Figure> withBarePriors(String text, List<Figure> figures) {
        List<Figure> all = new ArrayList<>(figures);
        Matcher m = bareNumber.matcher(text);
        while (m.find()) {
            if (!priorBefore.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
                    || !changeAfter.matcher(text.substring(m.end())).find()) {
                continue;
            }
            // a number printed with its unit has the unit, not a change word, right after it: it is never taken here
            Figure change = firstAmountAfter(figures, m.end());
            if (change != null) {
                all.add(figure(m, change.unit(), change.factor()));
            }
        }
        all.sort(Comparator.comparingInt(Figure::start));
        return all;
    }

    /** The number a match found (digits in group 1, decimals in group 2), with its unit. */
    private static Figure figure(Matcher m, String unit, BigDecimal factor) {
        String digits = m.group(1).replace(",", "");
        String decimals = m.group(2) == null ? "" : m.group(2);
        BigDecimal value = new BigDecimal(decimals.isEmpty() ? digits : digits + "." + decimals);
        return new Figure(m.start(), m.end(), m.group(), value, decimals.length(), unit, factor);
    }

    /** The first figure from {@code from} on when it is an amount (the change after a bare prior), else null. */
    private static Figure firstAmountAfter(List<Figure> figures, int from) {
        for (Figure figure : figures) {
            if (figure.start() >= from) {
                return figure.isPercent() ? null : figure;
            }
        }
        return null;
    }
}
