package org.budgetdesk.ui.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import org.budgetdesk.check.Finding;
import org.budgetdesk.check.Location;
import org.budgetdesk.check.Severity;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectSnapshot;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Unit;
import org.budgetdesk.readiness.DraftCheck;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.ErrorText;
import org.budgetdesk.ui.common.LatestOnly;

/**
 * The checks of the open document, kept current: every model change (an undo revision, another project) asks the
 * {@link Debounce} to run the checks once things settle (300 ms in the workbench). The JavaFX thread, which owns the
 * model, takes a {@link ProjectSnapshot} of it; the checks and the explanation whose placeholders become findings run
 * in the background on a department made from it ({@link LatestOnly}), and a result an edit has overtaken is dropped.
 * So an edit does not wait for the checks: with 100 units they held the UI thread 0.36 s after every change, the
 * snapshot 0–0.05 s. A department of more than {@link #COPY_LIMIT} lines is checked on the JavaFX thread as before,
 * and only the explanation written in the background. Exposes the findings, their counts for the status bar and the
 * texts the view shows.
 *
 * <p>It listens to the document weakly: a view model nobody holds any more stops checking.
 */
public final class CheckViewModel {
    private static final Logger LOG = Logger.getLogger(CheckViewModel.class.getName());
    /** How long the workbench waits after the last change before checking. */
    public static final Duration DELAY = Duration.millis(300);
    /**
     * The most lines (functional and economic, of every unit) a department may have for its checks to run on a copy.
     * A copy of a larger one keeps so much memory alive while it is built that the collector's pauses hold the UI
     * thread longer than the checks themselves: measured in the packaged app after one edit, 100 units of 90 lines
     * 0–52 ms on a copy against 356–371 ms on the UI thread, 200 units 143–241 against 189–211 ms, 1,000 units 3.3 s
     * against 1.0–1.1 s (README, "The UI thread with 1,000 units").
     */
    static final int COPY_LIMIT = 15_000;

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
    /** The last published result and the state of the model it was checked on. */
    private Checked last;

    /** A result and the model state it belongs to: the department, its undo revision and its catalog's. */
    private record Checked(DraftCheck.Result result, Department department, long revision, int catalogRevision) {
    }

    /** Checks now, and again 300 ms after the last change. */
    public CheckViewModel(Document document, Messages messages) {
        this(document, messages, Debounce.pause(DELAY), LatestOnly.onFxThread());
    }

    /**
     * Checks now, and again whenever {@code debounce} runs a requested check.
     *
     * @param background where the explanation is written and the findings completed
     * @param ui         where the findings are published (the UI thread)
     */
    public CheckViewModel(Document document, Messages messages, Debounce debounce, Executor background, Executor ui) {
        this(document, messages, debounce, new LatestOnly(background, ui));
    }

    private CheckViewModel(Document document, Messages messages, Debounce debounce, LatestOnly completion) {
        this.document = document;
        this.messages = messages;
        this.debounce = debounce;
        this.completion = completion;
        document.undoManager().revisionProperty().addListener(new WeakChangeListener<>(onChange));
        document.departmentProperty().addListener(new WeakChangeListener<>(onChange));
        document.catalogRevisionProperty().addListener(new WeakChangeListener<>(onChange));
        refresh();
    }

    private void changed() {
        debounce.request(this::refresh);
    }

    /**
     * Checks the document as it is now: on a copy in the background, or on the model here when it has more than
     * {@link #COPY_LIMIT} lines; the findings follow once the explanation is written in the background.
     */
    public void refresh() {
        Department department = document.department();
        long revision = document.undoManager().revisionProperty().get();
        int catalogRevision = document.catalogRevisionProperty().get();
        Supplier<DraftCheck.Result> work;
        try {
            Catalog catalog = document.catalog();
            if (checksOnCopy(department)) {
                ProjectSnapshot snapshot = ProjectSnapshot.of(department);
                work = () -> checker.read(snapshot.toModel(), catalog).finish();
            } else {
                work = checker.read(department, catalog)::finish;
            }
        } catch (RuntimeException e) {
            completion.dropPending();
            showFailure(e);
            return;
        }
        completion.run(work, result -> show(new Checked(result, department, revision, catalogRevision)),
                this::showFailure);
    }

    /** True when the department is small enough to be checked on a copy in the background ({@link #COPY_LIMIT}). */
    static boolean checksOnCopy(Department department) {
        long lines = 0;
        for (Unit unit : department.units()) {
            lines += unit.functional().lines().size() + unit.economic().lines().size();
        }
        return lines <= COPY_LIMIT;
    }

    /**
     * The check of the model as it is now: the last one's when nothing changed since, else one run now, on the
     * calling thread (the UI thread). For the question before an export.
     */
    public DraftCheck.Result current() {
        Checked checked = last;
        if (checked != null && checked.department() == document.department()
                && checked.revision() == document.undoManager().revisionProperty().get()
                && checked.catalogRevision() == document.catalogRevisionProperty().get()) {
            return checked.result();
        }
        return checker.read(document.department(), document.catalog()).finish();
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
