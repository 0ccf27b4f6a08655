package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a printed figure can stand for. A figure printed with s decimals stands for every exact value that rounds
 * (half-up) to it: [x − 0.5·10⁻ˢ, x + 0.5·10⁻ˢ]. A text that prints two decimals but drops trailing zeros (196.8
 * for 196.80, 7.9% for 7.90%) is read at its two decimals: when most figures of a kind (amounts in one unit, rates,
 * shares) carry s decimals, the few with fewer (but at least one) are taken as having dropped zeros. Whole numbers
 * keep their own precision, since a text may round them on purpose (下降23%). A printed 0 amount is exactly none.
 */
final class Precision {
    private static final int MIN_COUNT = 3;
    private final Map<String, Integer> scales = new HashMap<>();

    static Precision of(ParsedText parsed) {
        Map<String, List<Figure>> byKind = new HashMap<>();
        for (Statement statement : parsed.statements()) {
            add(byKind, statement.current);
            add(byKind, statement.prior);
            add(byKind, statement.change);
            if (statement.rate != null) {
                byKind.computeIfAbsent("rate", k -> new ArrayList<>()).add(statement.rate);
            }
            if (statement.share != null) {
                byKind.computeIfAbsent("share", k -> new ArrayList<>()).add(statement.share);
            }
        }
        Precision precision = new Precision();
        byKind.forEach((kind, figures) -> precision.scales.put(kind, documentScale(figures)));
        return precision;
    }

    private static void add(Map<String, List<Figure>> byKind, Figure figure) {
        if (figure != null) {
            byKind.computeIfAbsent(figure.unit(), k -> new ArrayList<>()).add(figure);
        }
    }

    /** The decimals most fractional figures of a kind carry, when few carry fewer; else 0 (no upgrade). */
    private static int documentScale(List<Figure> figures) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Figure figure : figures) {
            if (figure.scale() > 0) {
                counts.merge(figure.scale(), 1, Integer::sum);
            }
        }
        int top = counts.keySet().stream().max(Integer::compare).orElse(0);
        int atTop = counts.getOrDefault(top, 0);
        int fewer = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            if (entry.getKey() < top) {
                fewer += entry.getValue();
            }
        }
        return atTop >= MIN_COUNT && fewer * 3 <= atTop ? top : 0;
    }

    /** The decimals a figure is read at. */
    int scale(Figure figure, String kind) {
        int documentScale = scales.getOrDefault(kind, 0);
        return figure.scale() > 0 && figure.scale() < documentScale ? documentScale : figure.scale();
    }

    /** The exact values (in 元, or percentage points) an amount may stand for. */
    Interval amount(Figure figure) {
        int scale = scale(figure, figure.unit());
        BigDecimal half = BigDecimal.valueOf(5, scale + 1).multiply(figure.factor());
        if (figure.isZero()) {
            int zeroScale = Math.max(scale, scales.getOrDefault(figure.unit(), 0));
            return new Interval(BigDecimal.ZERO, BigDecimal.valueOf(5, zeroScale + 1).multiply(figure.factor()),
                    false, true);
        }
        Interval range = Interval.rounded(figure.base(), half);
        return range.nonNegative();
    }

    /** The exact percentages a rate or share may stand for, without sign. */
    Interval percent(Figure figure, String kind) {
        int scale = scale(figure, kind);
        BigDecimal half = BigDecimal.valueOf(5, scale + 1);
        Interval range = Interval.rounded(figure.value(), half);
        return figure.isZero() ? new Interval(BigDecimal.ZERO, half, false, true) : range;
    }

    /** One unit of the last decimal a percentage is read at (for lists rounded to add up to 100). */
    BigDecimal unit(Figure figure, String kind) {
        return BigDecimal.ONE.movePointLeft(scale(figure, kind));
    }
}
