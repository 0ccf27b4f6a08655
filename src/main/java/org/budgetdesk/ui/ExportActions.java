package org.budgetdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.budgetdesk.export.ExportFormats;
import org.budgetdesk.export.common.ChartImage;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.common.Exporter;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.OutputPaths;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;
import org.budgetdesk.region.Region;
import org.budgetdesk.ui.charts.ChartImages;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.SetPropertyCommand;

/**
 * 文件 → 导出: asks for the format, options and file, then writes in the background from a copy of the model made
 * on the UI thread, so the user may go on editing meanwhile.
 */
public final class ExportActions {
    private static final int CHART_WIDTH = 900;
    private static final int CHART_HEIGHT = 560;
    private final Document document;
    private final BackgroundWork work;
    private final ProjectFiles files = new ProjectFiles();
    private Dialogs dialogs;
    private Messages messages;
    private BooleanSupplier mayExport = () -> true;

    public ExportActions(Document document, Dialogs dialogs, Messages messages, BackgroundWork work) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.work = work;
    }

    /** Switches language and dialogs after a language change. */
    public void use(Messages newMessages, Dialogs newDialogs) {
        messages = newMessages;
        dialogs = newDialogs;
    }

    /** A question asked before each export, e.g. whether to export despite check errors; false stops it. */
    public void setMayExport(BooleanSupplier mayExport) {
        this.mayExport = mayExport;
    }

    /** The department's charts (部门汇总, as the explanation is), drawn now on the UI thread, for the appendix. */
    private List<ChartImage> charts() {
        Department department = document.department();
        Map<String, byte[]> images = ChartImages.render(department.consolidated(), document.catalog(), messages,
                CHART_WIDTH, CHART_HEIGHT);
        List<ChartImage> charts = new ArrayList<>();
        images.forEach((id, png) -> charts.add(new ChartImage(messages.get("charts." + id), png)));
        return charts;
    }

    public void export() {
        if (ExportFormats.all().isEmpty() || !mayExport.getAsBoolean()) {
            return;
        }
        Department department = document.department();
        String baseName = department.name().get() + department.budgetYear().get();
        Path file = document.fileProperty().get();
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        dialogs.askExport(ExportFormats.all(), folder, baseName, department.region().get()).ifPresent(choice -> {
            rememberRegion(choice.options().tableSet());
            run(choice);
        });
    }

    /**
     * The region chosen becomes the project's (an edit: undoable, and saved with the project); choosing the one the
     * project already publishes for (the default, when it chose none) changes nothing.
     */
    private void rememberRegion(String region) {
        Department department = document.department();
        String current = Region.find(department.region().get()).map(Region::name).orElse(Region.DEFAULT);
        if (!Region.named(region).name().equals(current)) {
            document.undoManager().execute(new SetPropertyCommand<>(department.region(), region, "edit.region"));
        }
    }

    /** What the status bar says after an export: where, and what was done to texts so they could be written. */
    private String notice(Path file, Exporter exporter) {
        String done = exporter.replacedCharacters() == 0 ? messages.format("export.done", file)
                : messages.format("export.replaced", file, exporter.replacedCharacters());
        List<String> warnings = exporter.warnings().stream()
                .map(warning -> messages.format("export.warning." + warning.kind().name(), warning.where(),
                        warning.count())).toList();
        return warnings.isEmpty() ? done : messages.format("export.warnings", done, String.join("；", warnings));
    }

    /** Writes one export in the background. */
    public void run(Dialogs.ExportChoice choice) {
        byte[] snapshot = files.toBytes(document.department());
        ExportOptions options = choice.withCharts() ? choice.options().withCharts(charts()) : choice.options();
        work.noticeProperty().set(messages.format("export.running", choice.file().getFileName()));
        Path openFile = document.fileProperty().get();
        work.run("export", () -> {
            OutputPaths.requireNotInput(choice.file(), openFile == null ? List.of() : List.of(openFile));
            Department copy = files.fromBytes(snapshot, choice.file());
            Exporter exporter = choice.format().create(work::reportProgress);
            exporter.export(copy, choice.file(), options);
            return exporter;
        }, exporter -> work.noticeProperty().set(notice(choice.file(), exporter)),
                error -> {
                    work.noticeProperty().set("");
                    dialogs.showError(messages.get("export.failed"), messages.format("export.failedDetail",
                            choice.file(), ErrorText.describe(error, messages)));
                });
    }
}
