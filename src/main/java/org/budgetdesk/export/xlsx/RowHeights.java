package org.budgetdesk.export.xlsx;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * The height of each body row, in points: enough for its wrapped text (goals, names). Where a row's cells are merged
 * down over the rows that continue it, the merged text has the whole block: the first row grows only by what the
 * rows under it do not already give.
 */
final class RowHeights {
    private RowHeights() {
    }

    static float[] of(List<ColumnSpec> leaves, TableBody body, int[] widths) {
        float[] heights = new float[body.rowCount()];
        for (int r = 0; r < body.rowCount(); r++) {
            heights[r] = height(lines(leaves, body, widths, r, column -> true));
        }
        for (ContinuedRows.Block block : ContinuedRows.of(body, leaves.size())) {
            float below = 0;
            for (int r = block.first() + 1; r <= block.last(); r++) {
                below += heights[r];
            }
            int first = block.first();
            float own = height(lines(leaves, body, widths, first, column -> !block.merged()[column]));
            float merged = height(lines(leaves, body, widths, first, column -> block.merged()[column]));
            heights[first] = Math.max(own, merged - below);
        }
        return heights;
    }

    /** A row of so many lines: one line with a little air, wrapped lines 16 pt apart, at most 409 pt. */
    static float height(int lines) {
        float needed = lines == 1 ? TableSheet.LINE + 4 : TableSheet.WRAPPED_LINE * lines + 6;
        return Math.min(TableSheet.MAX_ROW, Math.max(TableSheet.ROW, needed));
    }

    /** The most lines a wrapping text cell of the row takes, among the columns given. */
    private static int lines(List<ColumnSpec> leaves, TableBody body, int[] widths, int r, IntPredicate columns) {
        int lines = 1;
        for (int c = 0; c < leaves.size(); c++) {
            String text = body.text(r, c);
            if (columns.test(c) && leaves.get(c).wrap() && text != null && body.number(r, c) == null
                    && !body.notPublished(r, c)) {
                lines = Math.max(lines, TextWidth.lines(text, widths[c]));
            }
        }
        return lines;
    }
}
