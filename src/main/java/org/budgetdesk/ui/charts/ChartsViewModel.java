package org.budgetdesk.ui.charts;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;

/**
 * The chart data of the viewed unit, kept current: every edit (a new undo revision) and every switch of the viewed
 * unit asks for a refresh, and {@code debounce} decides when it runs, so a burst of edits redraws once. The view
 * debounces by ~300 ms on the UI thread; tests refresh at once.
 */
public final class ChartsViewModel {
    private final Document document;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>(this, "data");
    /** Held here and attached weakly, so a view that is thrown away (a language switch) does not stay attached. */
    private final ChangeListener<Object> changed;

    /**
     * @param debounce runs the refresh it is given, now or later; it may drop a refresh that a later one replaces
     */
    public ChartsViewModel(Document document, Messages messages, Consumer<Runnable> debounce) {
        this.document = Objects.requireNonNull(document, "document");
        this.messages = Objects.requireNonNull(messages, "messages");
        changed = (obs, before, after) -> debounce.accept(this::refresh);
        document.undoManager().revisionProperty().addListener(new WeakChangeListener<>(changed));
        document.viewedUnitProperty().addListener(new WeakChangeListener<>(changed));
        refresh();
    }

    /** The charts of the viewed unit as of the last refresh. */
    public ReadOnlyObjectProperty<ChartData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ChartData data() {
        return data.get();
    }

    /** Recomputes the charts from the viewed unit now. */
    public void refresh() {
        Unit unit = document.viewedUnitProperty().get();
        if (unit != null) {
            data.set(ChartData.of(unit, document.catalog(), messages));
        }
    }
}
