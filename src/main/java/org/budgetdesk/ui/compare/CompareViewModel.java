package org.budgetdesk.ui.compare;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budgetdesk.compare.Comparison;
import org.budgetdesk.compare.DraftComparison;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.Document;

/**
 * The comparison of an earlier draft with the open project, kept current: after each edit of the open project the
 * comparison is made again when {@code debounce} runs it. No earlier draft, no comparison.
 */
public final class CompareViewModel {
    private final Document document;
    private final ReadOnlyObjectWrapper<Department> earlier = new ReadOnlyObjectWrapper<>(this, "earlier");
    private final ReadOnlyStringWrapper earlierName = new ReadOnlyStringWrapper(this, "earlierName", "");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    /** Held here and attached weakly, so a view that is thrown away does not stay attached to the document. */
    private final InvalidationListener changed;

    public CompareViewModel(Document document, Consumer<Runnable> debounce) {
        this.document = Objects.requireNonNull(document, "document");
        changed = observable -> debounce.accept(this::refresh);
        document.undoManager().revisionProperty().addListener(new WeakInvalidationListener(changed));
        document.departmentProperty().addListener(new WeakInvalidationListener(changed));
    }

    /** Compares the open project with {@code draft} from now on; {@code name} says which draft it is. */
    public void compareWith(Department draft, String name) {
        earlier.set(Objects.requireNonNull(draft, "draft"));
        earlierName.set(name == null ? "" : name);
        refresh();
    }

    /** The earlier draft, or null before one is opened. */
    public ReadOnlyObjectProperty<Department> earlierProperty() {
        return earlier.getReadOnlyProperty();
    }

    /** The earlier draft's file name. */
    public ReadOnlyStringProperty earlierNameProperty() {
        return earlierName.getReadOnlyProperty();
    }

    /** The differences from the earlier draft to the open project; null before a draft is opened. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public Comparison comparison() {
        return comparison.get();
    }

    /** Compares again now. */
    public void refresh() {
        Department draft = earlier.get();
        comparison.set(draft == null ? null : DraftComparison.compare(draft, document.department()));
    }
}
