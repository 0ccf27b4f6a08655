package org.budgetdesk.ui.narrative;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Unit;
import org.budgetdesk.narrative.NarrativeDocument;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.budgetdesk.narrative.NarrativeTemplate;
import org.budgetdesk.narrative.Snapshot;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.LatestOnly;

/**
 * The explanation of the viewed unit, kept up to date: every edit (a new undo revision), a change of the viewed unit
 * or of the department starts a 300 ms wait, restarted by each further change; then a snapshot of the figures is
 * taken on the UI thread and the text is generated on a background thread ({@link LatestOnly}). A result that a newer
 * request has overtaken is dropped, so the preview always ends on the latest figures.
 */
public final class NarrativeViewModel {
    static final Duration DEBOUNCE = Duration.millis(300);

    private final Document document;
    /** The generator for the department: its region's wording, or a fixed one in tests. */
    private final Function<Department, NarrativeGenerator> generators;
    private NarrativeGenerator generator;
    private final LatestOnly generation;
    private final ReadOnlyObjectWrapper<NarrativeDocument> narrative = new ReadOnlyObjectWrapper<>(this, "narrative");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final Consumer<Runnable> debounce;

    /** The view model of the workbench: the project's region's wording, generated on a shared background thread. */
    public NarrativeViewModel(Document document) {
        this(document, NarrativeViewModel::ofRegion, LatestOnly.onFxThread(), fxDebounce());
    }

    /**
     * @param background where the text is generated
     * @param ui         where the result is published (the UI thread)
     * @param debounce   runs the refresh once the figures have settled
     */
    NarrativeViewModel(Document document, NarrativeGenerator generator, Executor background, Executor ui,
                       Consumer<Runnable> debounce) {
        this(document, department -> generator, new LatestOnly(background, ui), debounce);
    }

    /** As the workbench's, with the generator chosen for each department ({@code generators}). */
    NarrativeViewModel(Document document, Function<Department, NarrativeGenerator> generators,
                       Executor background, Executor ui, Consumer<Runnable> debounce) {
        this(document, generators, new LatestOnly(background, ui), debounce);
    }

    private NarrativeViewModel(Document document, Function<Department, NarrativeGenerator> generators,
                               LatestOnly generation, Consumer<Runnable> debounce) {
        this.document = document;
        this.generators = generators;
        this.generator = generators.apply(document.department());
        this.generation = generation;
        this.debounce = debounce;
        // change listeners, not invalidation listeners: nobody else need read these values for us to hear of each
        // change
        document.undoManager().revisionProperty().addListener((obs, before, after) -> debounce.accept(this::refresh));
        document.viewedUnitProperty().addListener((obs, before, after) -> debounce.accept(this::refresh));
        document.departmentProperty().addListener((obs, before, after) -> debounce.accept(this::refresh));
        refresh();
    }

    /** The explanation as the department's region words it (the default region's when it has chosen none). */
    static NarrativeGenerator ofRegion(Department department) {
        return new NarrativeGenerator(NarrativeTemplate.forRegionOrDefault(department.region().get()));
    }

    /** The latest generated explanation; null until the first one is ready. */
    public ReadOnlyObjectProperty<NarrativeDocument> narrativeProperty() {
        return narrative.getReadOnlyProperty();
    }

    /** The name of the template the text is written with, e.g. 四川省部门预算编制的说明. */
    public String templateName() {
        return generator.template().name();
    }

    /** Why the latest generation failed (a template error), or empty; the previous text stays shown. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Takes a snapshot now and generates the text in the background. Call on the UI thread. */
    public void refresh() {
        Department department = document.department();
        generator = generators.apply(department); // the region may have changed, by an edit or an undo
        NarrativeGenerator writing = generator;
        Unit unit = document.viewedUnitProperty().get();
        Snapshot snapshot = Snapshot.of(department, unit == null ? department.consolidated() : unit,
                document.catalog());
        generation.run(() -> writing.generate(snapshot), generated -> {
            failure.set("");
            narrative.set(generated);
        }, e -> failure.set(String.valueOf(e.getMessage())));
    }

    /** A debounce on the JavaFX timer: each call restarts the wait. */
    private static Consumer<Runnable> fxDebounce() {
        PauseTransition pause = new PauseTransition(DEBOUNCE);
        return action -> {
            pause.setOnFinished(event -> action.run());
            pause.playFromStart();
        };
    }
}
