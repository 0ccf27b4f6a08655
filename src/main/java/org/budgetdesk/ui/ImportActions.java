package org.budgetdesk.ui;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.budgetdesk.export.importing.ImportException;
import org.budgetdesk.export.importing.ImportMapping;
import org.budgetdesk.export.importing.MappingStore;
import org.budgetdesk.export.importing.ReadProgress;
import org.budgetdesk.export.importing.UnitMerge;
import org.budgetdesk.export.importing.ImportPlan;
import org.budgetdesk.export.importing.ImportedFigures;
import org.budgetdesk.export.importing.Unreadable;
import org.budgetdesk.export.importing.WorkbookImport;
import org.budgetdesk.export.importing.WorkbookLayout;
import org.budgetdesk.compare.Difference;
import org.budgetdesk.compare.PlaceLabels;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.ErrorText;
import org.budgetdesk.ui.importing.MappingDialog;
import org.budgetdesk.ui.importing.MappingEditor;
import org.budgetdesk.ui.importing.ReadingWindow;

/**
 * 文件 → 导入 Excel… and 导入上年数: asks for a workbook, looks at its sheets in the background, shows the mapping of
 * sheets and columns to correct when it is not one of BudgetDesk's own table sets, reads it in the background, then
 * shows what would change and applies it as one undo step when the user agrees. The plan is computed and applied on the UI thread: the model is
 * bound to the views and not thread-safe; the slow part, reading the workbook, is what runs in the background.
 */
public final class ImportActions {
    /** How many changes the preview lists before “and N more”. */
    static final int PREVIEW_LINES = 40;
    private final Document document;
    private final BackgroundWork work;
    private Dialogs dialogs;
    private Messages messages;

    private MappingStore mappings;
    /** Set by 取消 in the reading window; the read stops at its next table. */
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private ReadingWindow reading;
    /** The mapping step; null for the real dialog in the current language. */
    private MappingEditor mappingEditor;

    public ImportActions(Document document, Dialogs dialogs, Messages messages, BackgroundWork work) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.work = work;
        this.mappings = MappingStore.forCurrentUser();
    }

    /** Switches language and dialogs after a language change. */
    public void use(Messages newMessages, Dialogs newDialogs) {
        messages = newMessages;
        dialogs = newDialogs;
    }

    /** Replaces the mapping dialog (tests script it). */
    void useMappingEditor(MappingEditor editor) {
        mappingEditor = editor;
    }

    /** Replaces where confirmed mappings are remembered (tests start from an empty folder). */
    void useMappingStore(MappingStore store) {
        mappings = store;
    }

    /** Imports into this year's figures ({@code prior} false) or into the prior-year column. */
    public void importExcel(boolean prior) {
        if (document.readOnlyProperty().get()) {
            return;
        }
        Path file = document.fileProperty().get();
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        dialogs.chooseWorkbookToImport(folder).ifPresent(workbook -> {
            if (workbook.getFileName().toString().endsWith(ProjectFiles.EXTENSION)) {
                merge(workbook);
                return;
            }
            String running = messages.format("import.running", workbook.getFileName());
            work.noticeProperty().set(running);
            showReading(running);
            ReadProgress progress = progress();
            work.run("import", () -> WorkbookImport.open(workbook, this::propose, progress),
                    opened -> map(workbook, opened, prior), this::failed);
        });
    }

    /**
     * A unit's own project (.budget) chosen instead of a workbook: its units replace the department's units of their
     * names (or are added), after a preview of every difference; one undo step.
     */
    private void merge(Path project) {
        work.run("merge", () -> new ProjectFiles().load(project), incoming -> {
            UnitMerge merge;
            try {
                merge = UnitMerge.of(document.department(), incoming);
            } catch (IllegalArgumentException | ProjectFileException e) {
                dialogs.showError(messages.get("import.failed"), messages.format("cli.merge.otherYear",
                        project.getFileName(), e.getMessage()));
                return;
            }
            StringBuilder text = new StringBuilder();
            merge.replaced().forEach(unit -> text.append(messages.format("cli.merge.replaced", unit)).append('\n'));
            merge.added().forEach(unit -> text.append(messages.format("cli.import.newUnit", unit)).append('\n'));
            PlaceLabels labels = new PlaceLabels(messages);
            List<Difference> differences = merge.differences().differences();
            for (Difference difference : differences.subList(0, Math.min(PREVIEW_LINES, differences.size()))) {
                text.append(difference.unitName()).append(" · ").append(messages.format("cli.diff.line",
                        labels.describe(difference), labels.value(difference, difference.before(), DisplayUnit.YUAN),
                        labels.value(difference, difference.after(), DisplayUnit.YUAN))).append('\n');
            }
            if (differences.size() > PREVIEW_LINES) {
                text.append(messages.format("import.more", differences.size() - PREVIEW_LINES));
            }
            if (dialogs.confirm(messages.format("import.merge.preview", project.getFileName(),
                    differences.size()), text.toString().strip())) {
                document.undoManager().execute(merge.command());
                work.noticeProperty().set(messages.format("import.merge.done", project.getFileName()));
            }
        }, this::failed);
    }

    /** Opens the reading window with 取消; a new read starts not cancelled. */
    private void showReading(String text) {
        cancelled.set(false);
        closeReading();
        reading = new ReadingWindow(null, messages, work.progressProperty());
        reading.show(text, () -> cancelled.set(true));
    }

    private void closeReading() {
        if (reading != null) {
            reading.close();
        }
    }

    /**
     * The mapping step, for a workbook that is none of BudgetDesk's own table sets: the mapping remembered for its
     * layout, else the one recognised (else none), shown to be corrected; what the person confirms is remembered. A
     * mapping without any table reads the workbook as a user's own sheets of codes, names and amounts.
     */
    private void map(Path workbook, WorkbookImport.Opened opened, boolean prior) {
        if (cancelled.get()) {
            cancelledNotice();
            return;
        }
        closeReading();
        if (opened.proposed() == null) {
            preview(opened.figures(), prior); // BudgetDesk's own tables
            return;
        }
        MappingEditor editor = mappingEditor != null ? mappingEditor : new MappingDialog(null, messages);
        Optional<ImportMapping> chosen = editor.edit(opened.layout(), opened.proposed());
        if (chosen.isEmpty()) {
            work.noticeProperty().set("");
            return;
        }
        if (!chosen.get().sheets().isEmpty()) {
            try {
                mappings.remember(chosen.get());
            } catch (IOException e) {
                work.noticeProperty().set(messages.format("import.mapping.notRemembered", e.getMessage()));
            }
        }
        if (chosen.get().equals(opened.proposed()) && opened.figures() != null) {
            preview(opened.figures(), prior); // read already with this mapping
            return;
        }
        showReading(messages.format("import.running", workbook.getFileName()));
        // no table chosen: a user's sheet of codes, names and amounts
        read(workbook, chosen.get().sheets().isEmpty() ? null : chosen.get(), prior);
    }

    /** The mapping offered for a layout: the one remembered, else the one recognised, else none. Any thread. */
    private ImportMapping propose(WorkbookLayout layout) {
        return mappings.remembered(layout.fingerprint()).or(() -> Optional.ofNullable(layout.recognised()))
                .orElseGet(() -> new ImportMapping("user", layout.fingerprint(), List.of()));
    }

    private ReadProgress progress() {
        return new ReadProgress() {
            @Override
            public void report(double fraction) {
                work.reportProgress(fraction);
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private void read(Path workbook, ImportMapping mapping, boolean prior) {
        ReadProgress progress = progress();
        work.run("import", () -> mapping == null ? WorkbookImport.read(workbook, progress)
                : WorkbookImport.read(workbook, mapping, progress), figures -> {
                    closeReading();
                    if (cancelled.get()) {
                        cancelledNotice();
                    } else {
                        preview(figures, prior);
                    }
                }, this::failed);
    }

    private void cancelledNotice() {
        closeReading();
        work.noticeProperty().set(messages.get("import.cancelled"));
    }

    private void failed(Throwable error) {
        closeReading();
        if (error instanceof ImportException stopped && stopped.cancelled() || cancelled.get()) {
            cancelledNotice();
            return;
        }
        work.noticeProperty().set("");
        dialogs.showError(messages.get("import.failed"), error instanceof ImportException unusable
                ? messages.format(unusable.key(), unusable.detail()) : ErrorText.describe(error, messages));
    }

    private void preview(ImportedFigures figures, boolean prior) {
        ImportPlan plan = ImportPlan.of(document.department(), figures, prior);
        if (!plan.problems().isEmpty()) {
            work.noticeProperty().set("");
            dialogs.showError(messages.get("import.unreadable"), plan.problems().stream()
                    .map(this::describe).collect(Collectors.joining("\n")));
            return;
        }
        if (plan.isEmpty()) {
            work.noticeProperty().set(messages.get("import.nothing"));
            return;
        }
        if (dialogs.confirm(messages.format("import.preview", plan.changes().size(), plan.newUnits().size()),
                previewText(plan))) {
            document.undoManager().execute(plan.command());
            work.noticeProperty().set(messages.format("import.done", plan.changes().size()));
        } else {
            work.noticeProperty().set("");
        }
    }

    private String previewText(ImportPlan plan) {
        StringBuilder text = new StringBuilder();
        plan.notes().forEach(note -> text.append(messages.format("cli.import.note", describe(note))).append('\n'));
        plan.newUnits().forEach(unit -> text.append(messages.format("cli.import.newUnit", unit)).append('\n'));
        plan.customCodes().forEach(code -> text.append(messages.format("cli.import.customCode", code)).append('\n'));
        List<ImportPlan.Change> changes = plan.changes();
        for (ImportPlan.Change change : changes.subList(0, Math.min(PREVIEW_LINES, changes.size()))) {
            text.append(messages.format("cli.import.change", change.unit(),
                    messages.format(change.figure(), change.subject()), amount(change.before()),
                    amount(change.after()))).append('\n');
        }
        if (changes.size() > PREVIEW_LINES) {
            text.append(messages.format("import.more", changes.size() - PREVIEW_LINES));
        }
        return text.toString().strip();
    }

    private String describe(Unreadable problem) {
        String reason = messages.format(problem.reason(), problem.detail());
        if (problem.sheet().isEmpty()) {
            return reason;
        }
        if (problem.row() == 0) {
            return messages.format("cli.import.whereSheet", problem.sheet(), reason);
        }
        return problem.column().isEmpty()
                ? messages.format("cli.import.whereRow", problem.sheet(), String.valueOf(problem.row()), reason)
                : messages.format("cli.import.where", problem.sheet(), problem.column(),
                        String.valueOf(problem.row()), reason);
    }

    private String amount(BigDecimal amount) {
        return amount == null ? messages.get("cli.import.notPublished") : amount.setScale(2).toPlainString();
    }
}
