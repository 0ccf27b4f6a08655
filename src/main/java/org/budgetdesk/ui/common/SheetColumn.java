package org.budgetdesk.ui.common;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;

/**
 * One column of a {@link SheetView}: its header, how a row's cell text is shown, and — for entered figures — how
 * typed text becomes an undoable edit. A column without an editor, or a row the predicate refuses, is read-only
 * and drawn as derived.
 *
 * @param id        node id of the column, for tests and accessibility
 * @param header    the header text
 * @param width     preferred width in pixels
 * @param numeric   right-aligned when true
 * @param display   the text a row shows, live
 * @param editor    how text becomes an edit; null for a derived column
 * @param editable  which rows are entered in this column (the others show derived figures)
 */
public record SheetColumn<R>(String id, String header, double width, boolean numeric,
                             Function<R, ObservableValue<String>> display, Editor<R> editor,
                             Predicate<R> editable) {

    /** How an entered cell is edited. */
    public interface Editor<R> {
        /** The text the editor starts with, e.g. the amount without thousands separators. */
        String editText(R row);

        /** The edit that the typed text makes, or why it is refused; the model is not touched here. */
        CellEdit commit(R row, String text);
    }

    /** True when the row's cell in this column is entered, not derived. */
    public boolean isEditable(R row) {
        return editor != null && row != null && editable.test(row);
    }
}
