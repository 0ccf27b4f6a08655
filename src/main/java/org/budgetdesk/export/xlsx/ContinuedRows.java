package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of a table body where rows continue the row above them ({@link TableRow#continuation()}: a project's
 * further indicators), and the columns each block merges: those its continuing rows leave blank.
 */
final class ContinuedRows {
    /**
     * Rows {@code first} to {@code last}, {@code first} the row the others continue.
     *
     * @param merged by column: whether the continuing rows leave it blank, so it is merged down from {@code first}
     */
    record Block(int first, int last, boolean[] merged) {
    }

    private ContinuedRows() {
    }

    static List<Block> of(TableBody body, int columns) {
        List<Block> blocks = new ArrayList<>();
        int r = 0;
        while (r < body.rowCount()) {
            int last = r;
            while (last + 1 < body.rowCount() && body.row(last + 1).continuesAbove()) {
                last++;
            }
            if (last > r) {
                boolean[] merged = new boolean[columns];
                for (int c = 0; c < columns; c++) {
                    merged[c] = blank(body, c, r + 1, last);
                }
                blocks.add(new Block(r, last, merged));
            }
            r = last + 1;
        }
        return blocks;
    }

    private static boolean blank(TableBody body, int column, int fromRow, int toRow) {
        for (int r = fromRow; r <= toRow; r++) {
            if (body.text(r, column) != null || body.number(r, column) != null) {
                return false;
            }
        }
        return true;
    }
}
