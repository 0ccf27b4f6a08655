package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Column widths, in digit widths, that fit a table's text: the longest name (with its indentation), the widest
 * figure as shown, the header (long headers of amount columns wrap), the title, the unit line, and the department
 * line up to {@link #SUBTITLE} (a longer one wraps). Wrapping columns (goals, project names) stop at {@link #WRAP}.
 */
final class ColumnWidths {
    /** Headers of amount columns wrap beyond this width instead of widening the column. */
    static final int AMOUNT_HEADER = 8;
    /** Wrapping columns (goals, long texts) are at most this wide. */
    static final int WRAP = 40;
    static final int MAX = 60;
    static final int MIN = 6;
    static final int PADDING = 2;
    /** The department line widens the table up to this; a longer one wraps. */
    static final int SUBTITLE = 40;
    /** Indentation per level of a name, in digit widths (a level of Excel indentation is about three spaces). */
    static final int INDENT = 2;

    private ColumnWidths() {
    }

    static int[] of(TableTemplate template, TableBody body, String title, String subtitle, String unitLine) {
        List<ColumnSpec> leaves = template.leaves();
        int[] widths = new int[leaves.size()];
        for (int c = 0; c < leaves.size(); c++) {
            ColumnSpec column = leaves.get(c);
            int content = 0;
            boolean amounts = false;
            for (int r = 0; r < body.rowCount(); r++) {
                String text = body.text(r, c);
                BigDecimal number = body.number(r, c);
                if (text != null) {
                    int indent = column.field().equals("name") ? body.row(r).level() * INDENT : 0;
                    content = Math.max(content, TextWidth.of(text) + indent);
                } else if (number != null) {
                    amounts = true;
                    content = Math.max(content, shown(number).length());
                }
            }
            int header = TextWidth.of(column.header());
            if (amounts || column.wrap()) {
                header = HeaderText.widest(HeaderText.wrap(column.header(), AMOUNT_HEADER));
            }
            int cap = column.wrap() ? WRAP : MAX;
            widths[c] = Math.max(MIN, Math.min(cap, Math.max(content, header))) + PADDING;
        }
        fitParents(template.columns(), widths, 0);
        int last = widths.length - 1;
        widths[last] = Math.max(widths[last], TextWidth.of(unitLine) + PADDING);
        int titleWidth = (int) Math.ceil(TextWidth.of(title) * (double) Styles.TITLE_POINTS / Styles.BODY_POINTS);
        widen(widths, 0, last, titleWidth + PADDING);
        // the department line wraps rather than widen the table; it only needs room for a short name
        widen(widths, 0, Math.max(0, last - 1), Math.min(TextWidth.of(subtitle), SUBTITLE) + PADDING);
        return widths;
    }

    /** The figure as the cell shows it: 7,630,560.00. */
    static String shown(BigDecimal number) {
        DecimalFormat format = new DecimalFormat(Styles.AMOUNT_FORMAT, DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(number.setScale(2, RoundingMode.HALF_UP));
    }

    /** Widens the leaves under each parent header so the header fits; returns the next leaf index. */
    private static int fitParents(List<ColumnSpec> columns, int[] widths, int first) {
        int next = first;
        for (ColumnSpec column : columns) {
            int start = next;
            next = column.isLeaf() ? next + 1 : fitParents(column.children(), widths, next);
            if (!column.isLeaf()) {
                widen(widths, start, next - 1, TextWidth.of(column.header()) + PADDING);
            }
        }
        return next;
    }

    /** Spreads what columns from..to lack of a width over them. */
    static void widen(int[] widths, int from, int to, int needed) {
        int have = 0;
        for (int c = from; c <= to; c++) {
            have += widths[c];
        }
        int missing = needed - have;
        int count = to - from + 1;
        for (int c = from; c <= to && missing > 0; c++) {
            widths[c] += (missing + (to - c)) / count;
        }
    }

    /** The sum of the widths. */
    static int total(int[] widths) {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        return total;
    }
}
