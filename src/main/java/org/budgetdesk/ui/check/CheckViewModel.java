package org.budgetdesk.ui.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.check.CheckRun;
import org.budgetdesk.check.Finding;
import org.budgetdesk.check.Location;
import org.budgetdesk.check.Severity;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.readiness.DraftCheck;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.ErrorText;
import org.budgetdesk.ui.common.LatestOnly;

/**
 * The checks of the open document, kept current: every model change (an undo revision, another project) asks the
 * {@link Debounce} to run the checks once things settle (300 ms in the workbench). The checks read the model on the
 * JavaFX thread, which owns it, a slice of {@link #SLICE_LINES} lines at a time with the UI's own work (typing,
 * drawing) in between, and a check the model changed under before its last slice stops there; the explanation whose
 * placeholders become findings is then written in the background ({@link LatestOnly}) from a snapshot of the figures,
 * and a result an edit has overtaken is dropped. Exposes the findings, their counts for the status bar and the texts
 * the view shows.
 *
 * <p>Why slices and not a copy checked in the background: a copy at every edit costs the collector's pauses more than
 * the checks cost the UI thread (README, "The UI thread after an edit, sixth round").
 *
 * <p>It listens to the document weakly: a view model nobody holds any more stops checking.
 */
public final class CheckViewModel {
    private static final Logger LOG = Logger.getLogger(CheckViewModel.class.getName());
    /** How long the workbench waits after the last change before checking. */
    public static final Duration DELAY = Duration.millis(300);
    /**
     * How many lines (functional and economic) a slice of the checks reads before the UI's own work goes on: about
     * 10 ms on the packaged JVM, whose checks read 1,000 units of 90 lines in 0.7–0.9 s.
     */
    static final int SLICE_LINES = 1_000;

    /** The findings of one tab, in order, with its heading (“收入（2）”). */
    public record Group(DisclosureSection section, String title, List<Finding> findings) {
    }

    private final Document document;
    private final Messages messages;
    private final Debounce debounce;
    private final DraftCheck checker = new DraftCheck();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> readOnlyFindings = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ChangeListener<Object> onChange = (obs, before, after) -> changed();
    private final LatestOnly completion;
    /** Where the slices of a check on the UI thread run, one per turn of its event queue. */
    private final Executor ui;
    /** Counts the checks asked for; a check in slices stops when a newer one is asked for. */
    private long requested;
    /** The last published result and the state of the model it was checked on. */
    private Checked last;
    /** Who asked for the check of the model as it is ({@link #whenCurrent}) and waits for one to land. */
    private final List<Consumer<DraftCheck.Result>> waiting = new ArrayList<>();

    /** The state of the model a check reads: the department, its undo revision and its catalog's. */
    private record State(Department department, long revision, int catalogRevision) {
        static State of(Document document) {
            return new State(document.department(), document.undoManager().revisionProperty().get(),
                    document.catalogRevisionProperty().get());
        }
    }

    /** A result and the model state it belongs to. */
    private record Checked(DraftCheck.Result result, State state) {
    }

    /** Checks now, and again 300 ms after the last change. */
    public CheckViewModel(Document document, Messages messages) {
        this(document, messages, Debounce.pause(DELAY), LatestOnly.onFxThread(), Platform::runLater);
    }

    /**
     * Checks now, and again whenever {@code debounce} runs a requested check.
     *
     * @param background where the explanation is written and the findings completed
     * @param ui         where the checks run, a slice at a time, and the findings are published (the UI thread)
     */
    public CheckViewModel(Document document, Messages messages, Debounce debounce, Executor background, Executor ui) {
        this(document, messages, debounce, new LatestOnly(background, ui), ui);
    }

    private CheckViewModel(Document document, Messages messages, Debounce debounce, LatestOnly completion,
            Executor ui) {
        this.document = document;
        this.messages = messages;
        this.debounce = debounce;
        this.completion = completion;
        this.ui = ui;
        document.undoManager().revisionProperty().addListener(new WeakChangeListener<>(onChange));
        document.departmentProperty().addListener(new WeakChangeListener<>(onChange));
        document.catalogRevisionProperty().addListener(new WeakChangeListener<>(onChange));
        refresh();
    }

    private void changed() {
        debounce.request(this::refresh);
    }

    /**
     * Checks the document as it is now, in slices on the UI thread; the findings follow once the explanation is
     * written in the background.
     */
    public void refresh() {
        long request = ++requested;
        completion.dropPending();   // a check asked for earlier must not land in the middle of this one
        State state = State.of(document);
        try {
            Catalog catalog = document.catalog();
            CheckRun run = checker.start(state.department(), catalog);
            ui.execute(() -> nextSlice(run, catalog, state, request));
        } catch (RuntimeException e) {
            showFailure(e);
        }
    }

    /**
     * Checks the next {@link #SLICE_LINES} lines of {@code run}, then asks for the next slice, or once it is done
     * has the explanation written. Stops when a newer check was asked for or the model is no longer as it was.
     */
    private void nextSlice(CheckRun run, Catalog catalog, State state, long request) {
        if (request != requested || !state.equals(State.of(document))) {
            return;
        }
        try {
            run.advance(SLICE_LINES);
            if (!run.done()) {
                ui.execute(() -> nextSlice(run, catalog, state, request));
                return;
            }
            DraftCheck.Draft draft = checker.read(state.department(), catalog, run);
            completion.run(draft::finish, result -> show(new Checked(result, state)), this::showFailure);
        } catch (RuntimeException e) {
            completion.dropPending();
            showFailure(e);
        }
    }

    /**
     * Hands the check of the model as it is now to {@code then}, on the UI thread: the last one at once when nothing
     * changed since, else the one started now, once it has landed (in slices, as every check, so the window goes on
     * answering), or {@code null} when the checks could not run. For the question before an export.
     */
    public void whenCurrent(Consumer<DraftCheck.Result> then) {
        Checked checked = last;
        if (checked != null && checked.state().equals(State.of(document))) {
            then.accept(checked.result());
            return;
        }
        waiting.add(then);
        refresh();
    }

    /** Answers everyone waiting in {@link #whenCurrent}. */
    private void answerWaiting(DraftCheck.Result result) {
        List<Consumer<DraftCheck.Result>> answered = List.copyOf(waiting);
        waiting.clear();
        answered.forEach(then -> then.accept(result));
    }

    private void showFailure(Throwable e) {
        LOG.log(Level.WARNING, "the checks could not run", e);
        last = null;
        failed.set(true);
        errors.set(0);
        warnings.set(0);
        infos.set(0);
        summary.set(messages.format("check.failed", ErrorText.describe(e, messages)));
        findings.clear();
        answerWaiting(null);
    }

    private void show(Checked checked) {
        last = checked;
        List<Finding> found = checked.result().findings();
        failed.set(false);
        int[] counts = new int[Severity.values().length];
        found.forEach(finding -> counts[finding.severity().ordinal()]++);
        errors.set(counts[Severity.ERROR.ordinal()]);
        warnings.set(counts[Severity.WARNING.ordinal()]);
        infos.set(counts[Severity.INFO.ordinal()]);
        summary.set(messages.format("check.summary", errors.get(), warnings.get(), infos.get()));
        if (!found.equals(findings)) {
            findings.setAll(found);
        }
        if (checked.state().equals(State.of(document))) {
            answerWaiting(checked.result());
        }
    }

    /** True when the last check could not run (the summary says why): no findings then means nothing. */
    public ReadOnlyBooleanProperty failed() {
        return failed.getReadOnlyProperty();
    }

    /** The current findings, in tab order; replaced as a whole after each check. */
    public ObservableList<Finding> findings() {
        return readOnlyFindings;
    }

    public ReadOnlyIntegerProperty errors() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warnings() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty infos() {
        return infos.getReadOnlyProperty();
    }

    /** “错误0个，警告3个，提示4个”, for a status bar or a heading. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** The findings by tab, tabs without findings left out. */
    public List<Group> groups() {
        Map<DisclosureSection, List<Finding>> bySection = new EnumMap<>(DisclosureSection.class);
        for (Finding finding : findings) {
            bySection.computeIfAbsent(finding.location().section(), section -> new ArrayList<>()).add(finding);
        }
        List<Group> groups = new ArrayList<>();
        bySection.forEach((section, list) -> groups.add(new Group(section,
                messages.format("check.section", messages.of(section), list.size()), List.copyOf(list))));
        return groups;
    }

    /** The message in the workbench's language. */
    public String message(Finding finding) {
        return finding.message(messages.locale());
    }

    /** 错误 / 警告 / 提示. */
    public String severity(Finding finding) {
        return messages.of(finding.severity());
    }

    /** The unit's name, or 部门汇总. */
    public String unit(Location location) {
        return location.isConsolidated() ? messages.get("check.consolidated") : location.unitName();
    }

    /** The code, when the finding has one; else empty. */
    public String place(Location location) {
        return location.code() == null ? "" : location.code();
    }
}
