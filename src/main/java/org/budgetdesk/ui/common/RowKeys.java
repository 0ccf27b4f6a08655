package org.budgetdesk.ui.common;

import java.util.function.Function;
import org.budgetdesk.undo.Command;

/**
 * How a {@link SheetView} pastes a block that carries its rows' codes: when the block's cells in the key column
 * hold codes, each line of the block goes to the row with its code — wherever it is, added when missing — instead
 * of to the rows under the selection.
 */
public interface RowKeys<R> {

    /** The id of the column whose cells are the rows' keys (the code column). */
    String columnId();

    /** Whether a pasted cell of the key column names a row that takes figures (a 项 code, not a 类 or 款). */
    boolean isKey(String cell);

    /**
     * The row a pasted line goes to: an existing row, or a new one with the command that adds it, or why it
     * cannot be. {@code cellIn} gives the line's cell in another column (by id), e.g. the funding source.
     */
    Target<R> rowFor(String key, Function<String, String> cellIn);

    /**
     * Where a keyed line goes.
     *
     * @param row      the row to fill
     * @param identity the same for two lines that reach the same row, so it is added once
     * @param add      the command that adds the row, or null when it exists
     * @param error    why the line cannot be pasted, or null
     */
    record Target<R>(R row, String identity, Command add, String error) {
        public static <R> Target<R> existing(R row, String identity) {
            return new Target<>(row, identity, null, null);
        }

        public static <R> Target<R> added(R row, String identity, Command add) {
            return new Target<>(row, identity, add, null);
        }

        public static <R> Target<R> refused(String error) {
            return new Target<>(null, null, null, error);
        }
    }
}
