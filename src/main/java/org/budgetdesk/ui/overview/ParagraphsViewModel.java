package org.budgetdesk.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;

/**
 * A list of paragraphs of the viewed unit (基本职能 or 年度重点工作任务): edit, add, remove and move one, each
 * change one {@code Edits.replaceTexts} command. Each operation returns the index to select afterwards, or -1
 * when nothing changed (read-only, no such paragraph, already first or last).
 */
public final class ParagraphsViewModel {
    private final Document document;
    private final Function<Unit, ObservableList<String>> list;

    public ParagraphsViewModel(Document document, Function<Unit, ObservableList<String>> list) {
        this.document = document;
        this.list = list;
    }

    /** The paragraphs of a unit. */
    public ObservableList<String> paragraphs(Unit unit) {
        return list.apply(unit);
    }

    /** Replaces the text of paragraph {@code index}. */
    public int edit(int index, String text) {
        List<String> paragraphs = editable();
        if (paragraphs == null || index < 0 || index >= paragraphs.size()) {
            return -1;
        }
        String value = text == null ? "" : text;
        if (value.equals(paragraphs.get(index))) {
            return index;
        }
        paragraphs.set(index, value);
        return replace(paragraphs, index);
    }

    /** Inserts an empty paragraph after {@code index}, or at the end when nothing is selected. */
    public int add(int index) {
        List<String> paragraphs = editable();
        if (paragraphs == null) {
            return -1;
        }
        int at = index < 0 || index >= paragraphs.size() ? paragraphs.size() : index + 1;
        paragraphs.add(at, "");
        return replace(paragraphs, at);
    }

    /** Removes paragraph {@code index}; the one after it (or the new last) is selected next. */
    public int remove(int index) {
        List<String> paragraphs = editable();
        if (paragraphs == null || index < 0 || index >= paragraphs.size()) {
            return -1;
        }
        paragraphs.remove(index);
        replace(paragraphs, index);
        return Math.min(index, paragraphs.size() - 1);
    }

    public int moveUp(int index) {
        return swap(index, index - 1);
    }

    public int moveDown(int index) {
        return swap(index, index + 1);
    }

    private int swap(int index, int other) {
        List<String> paragraphs = editable();
        if (paragraphs == null || index < 0 || other < 0 || index >= paragraphs.size()
                || other >= paragraphs.size()) {
            return -1;
        }
        paragraphs.set(other, paragraphs.set(index, paragraphs.get(other)));
        return replace(paragraphs, other);
    }

    /** A copy of the viewed unit's paragraphs to change, or null while read-only. */
    private List<String> editable() {
        if (document.readOnlyProperty().get()) {
            return null;
        }
        return new ArrayList<>(target());
    }

    private ObservableList<String> target() {
        return list.apply(document.viewedUnitProperty().get());
    }

    private int replace(List<String> paragraphs, int selected) {
        document.undoManager().execute(Edits.replaceTexts(target(), paragraphs));
        return selected;
    }
}
