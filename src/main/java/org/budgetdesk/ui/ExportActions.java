package org.budgetdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.export.ExportFormats;
import org.budgetdesk.export.common.ChartImage;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.common.Exporter;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.OutputPaths;
import org.budgetdesk.io.ProjectSnapshot;
import org.budgetdesk.model.Department;
import org.budgetdesk.region.Region;
import org.budgetdesk.ui.charts.ChartImages;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.ErrorText;
import org.budgetdesk.undo.SetPropertyCommand;

/**
 * 文件 → 导出: asks for the format, options and file, then writes in the background from a copy of the model made
 * on the UI thread, so the user may go on editing meanwhile; the charts of the appendix are drawn in the background
 * too.
 */
public final class ExportActions {
    private static final int CHART_WIDTH = 900;
    private static final int CHART_HEIGHT = 560;
    /** The part of an export's progress that drawing the charts takes, when they are asked for. */
    private static final double CHART_SHARE = 0.5;
    private final Document document;
    private final BackgroundWork work;
    private Dialogs dialogs;
    private Messages messages;
    private Question beforeExport = answer -> answer.accept(true);
    /** True while the question before an export waits for its answer: a second 导出 then does nothing. */
    private boolean asking;
    private final ObservableMap<String, String> choices = FXCollections.observableHashMap();
    private ChartRenderer chartRenderer = ExportActions::drawCharts;

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

    /** A question asked before each export, answered on the UI thread, at once or later: true goes on. */
    @FunctionalInterface
    public interface Question {
        void ask(Consumer<Boolean> answer);
    }

    /** Sets the question asked before each export, e.g. whether to export despite check errors. */
    public void setBeforeExport(Question question) {
        this.beforeExport = question;
    }

    /** Draws the appendix's charts from the export's copy of the department, in the export's background task. */
    @FunctionalInterface
    interface ChartRenderer {
        List<ChartImage> render(Department copy, Catalog catalog, Messages messages, DoubleConsumer progress);
    }

    /** Replaces how the charts are drawn (a test watches which thread draws them). */
    void setChartRenderer(ChartRenderer renderer) {
        this.chartRenderer = renderer;
    }

    /**
     * The department's charts (部门汇总, as the explanation is) for the appendix, drawn by {@link ChartImages}: off the
     * UI thread but for each chart's snapshot.
     */
    static List<ChartImage> drawCharts(Department copy, Catalog catalog, Messages messages,
                                       DoubleConsumer progress) {
        Map<String, byte[]> images = ChartImages.render(copy.consolidated(), catalog, messages, CHART_WIDTH,
                CHART_HEIGHT, progress);
        List<ChartImage> charts = new ArrayList<>();
        images.forEach((id, png) -> charts.add(new ChartImage(messages.get("charts." + id), png)));
        return charts;
    }

    /** Asks the question before an export, then which export, and runs it. */
    public void export() {
        if (ExportFormats.all().isEmpty() || asking) {
            return;
        }
        asking = true;
        beforeExport.ask(yes -> {
            asking = false;
            if (yes) {
                chooseAndRun();
            }
        });
    }

    private void chooseAndRun() {
        Department department = document.department();
        String baseName = department.name().get() + department.budgetYear().get();
        dialogs.askExport(ExportFormats.all(), defaults(), baseName).ifPresent(choice -> {
            remember(choice);
            rememberRegion(choice.options().tableSet());
            run(choice);
        });
    }

    /**
     * The export dialog's last answers, by name (format, tables, unit, charts, folder), kept in the settings
     * store between sessions.
     */
    public ObservableMap<String, String> choices() {
        return choices;
    }

    /** The last answers; the folder is the last export's, or else the project's. */
    private Dialogs.ExportDefaults defaults() {
        Path file = document.fileProperty().get();
        Path folder = choices.containsKey("folder") ? Path.of(choices.get("folder"))
                : file == null ? null : file.toAbsolutePath().getParent();
        DisplayUnit unit = java.util.Arrays.stream(DisplayUnit.values())
                .filter(value -> value.name().equals(choices.get("unit"))).findFirst().orElse(null);
        // the project's region comes first; a project that has chosen none starts from the last choice
        String region = document.department().region().get();
        String tables = region == null || region.isBlank() ? choices.get("tables") : region;
        return new Dialogs.ExportDefaults(folder, choices.get("format"), tables, unit,
                Boolean.parseBoolean(choices.get("charts")));
    }

    private void remember(Dialogs.ExportChoice choice) {
        Map<String, String> answers = new java.util.HashMap<>();
        answers.put("format", choice.format().id());
        answers.put("tables", choice.options().tableSet());
        answers.put("unit", choice.options().unit().name());
        answers.put("charts", String.valueOf(choice.withCharts()));
        Path parent = choice.file().toAbsolutePath().getParent();
        if (parent != null) {
            answers.put("folder", parent.toString());
        }
        choices.putAll(answers);
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

    /**
     * Writes one export in the background: only the copy of the model is made on the UI thread; the charts, if
     * asked for, are drawn in the background task (their first part of the progress), then the file is written.
     */
    public void run(Dialogs.ExportChoice choice) {
        ProjectSnapshot snapshot = ProjectSnapshot.of(document.department());
        Catalog catalog = document.catalog();
        Messages words = messages;
        ChartRenderer renderer = chartRenderer;
        double chartShare = choice.withCharts() ? CHART_SHARE : 0;
        work.noticeProperty().set(messages.format("export.running", choice.file().getFileName()));
        Path openFile = document.fileProperty().get();
        work.runCancellable("export", cancellation -> {
            OutputPaths.requireNotInput(choice.file(), openFile == null ? List.of() : List.of(openFile));
            Department copy = snapshot.toModel();
            cancellation.check();
            ExportOptions options = choice.options();
            if (choice.withCharts()) {
                options = options.withCharts(renderer.render(copy, catalog, words, fraction -> {
                    cancellation.check();
                    work.reportProgress(fraction * chartShare);
                }));
            }
            Exporter exporter = choice.format().create(fraction -> {
                cancellation.check(); // a cancelled export stops before its file replaces anything
                work.reportProgress(chartShare + fraction * (1 - chartShare));
            });
            exporter.export(copy, choice.file(), options);
            return exporter;
        }, exporter -> work.noticeProperty().set(notice(choice.file(), exporter)),
                error -> {
                    if (error instanceof java.util.concurrent.CancellationException) {
                        work.noticeProperty().set(messages.get("export.cancelled"));
                        return;
                    }
                    work.noticeProperty().set("");
                    dialogs.showError(messages.get("export.failed"), messages.format("export.failedDetail",
                            choice.file(), ErrorText.describe(error, messages)));
                });
    }
}
