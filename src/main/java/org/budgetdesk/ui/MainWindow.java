package org.budgetdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ToolBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.budgetdesk.export.common.ExportReadiness;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;
import org.budgetdesk.readiness.DraftCheck;
import org.budgetdesk.audit.ProjectFigures;
import org.budgetdesk.ui.audit.AuditWindow;
import org.budgetdesk.ui.check.CheckViewModel;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.CjkFont;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.TextAreaTabs;
import org.budgetdesk.ui.review.CommentIndex;

/**
 * The main window: menu, toolbar, one tab per disclosure section, status bar. It owns the open {@link Document};
 * switching the language rebuilds the content around the same document.
 */
public final class MainWindow {
    /** How many errors and placeholders the question before an export lists (then the checks tab has them all). */
    private static final int LISTED = 5;
    private final Stage stage;
    private final Document document;
    private final BackgroundWork work = new BackgroundWork();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringProperty languageTag = new SimpleStringProperty(this, "language");
    private final List<Runnable> closing = new ArrayList<>();
    private final BorderPane root = new BorderPane();
    private Messages messages;
    private SectionTabs tabs;
    private Dialogs dialogs;
    private FileActions fileActions;
    private ExportActions exportActions;
    private CatalogImportActions catalogImport;
    private AuditWindow audit;
    private ImportActions importActions;

    public MainWindow(Stage stage, Messages messages, Document document) {
        this.stage = stage;
        this.messages = messages;
        this.document = document;
        languageTag.set("zh".equals(messages.locale().getLanguage()) ? "zh-CN" : "en");
        languageTag.addListener((obs, before, after) -> switchLanguage(after));
        root.setId("mainWindow");
        root.setStyle(CjkFont.rootStyle());
        Scene scene = new Scene(root, 1280, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        acceptDroppedFiles(scene);
        TextAreaTabs.install(scene);
        stage.setOnCloseRequest(event -> {
            event.consume();
            closeWindow();
        });
        build();
    }

    /** A window over a new document holding an empty department, until a project is opened. */
    public static MainWindow create(Stage stage, Messages messages) {
        return new MainWindow(stage, messages, new Document(new Department("", 0), null));
    }

    public void show() {
        stage.show();
    }

    public Document document() {
        return document;
    }

    public FileActions fileActions() {
        return fileActions;
    }

    /** The dialogs the window asks its questions with. */
    public Dialogs dialogs() {
        return dialogs;
    }

    public Stage stage() {
        return stage;
    }

    /** The recent files, newest first, at most ten. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** The language of the window, "zh-CN" or "en"; set it to switch. */
    public StringProperty languageProperty() {
        return languageTag;
    }

    /** Replaces the dialogs, e.g. with scripted answers in tests. */
    public void setDialogs(Dialogs replacement) {
        dialogs = replacement;
        fileActions.use(messages, dialogs);
        exportActions.use(messages, dialogs);
        catalogImport.use(messages, dialogs);
        importActions.use(messages, dialogs);
    }

    SectionTabs sectionTabs() {
        return tabs;
    }

    public ImportActions importActions() {
        return importActions;
    }

    public ExportActions exportActions() {
        return exportActions;
    }

    /** 工具 → 审核说明文本…: the audit window (built when first shown). */
    public AuditWindow auditWindow() {
        return audit;
    }

    /**
     * Opens the file named on the command line, or else the sample project that {@code sample} reads (e.g.
     * {@code SampleProject::load}, or a read started earlier).
     */
    public void openAtStart(Path file, Callable<Department> sample) {
        openAtStart(file, null, sample);
    }

    /**
     * Opens the file named on the command line (or the last project), its department read by {@code reading} (a read
     * started while the window was built; null: read it now), or else the sample project that {@code sample} reads.
     */
    public void openAtStart(Path file, FileActions.Reading reading, Callable<Department> sample) {
        if (file != null) {
            if (reading != null) {
                fileActions.open(file, reading);
            } else {
                fileActions.open(file);
            }
            return;
        }
        work.run("open-sample", sample, department -> document.open(department, null),
                error -> dialogs.showError(messages.get("file.open.failed"),
                        error instanceof ProjectFileException e ? e.message(messages.locale()) : error.toString()));
    }

    private void build() {
        if (dialogs == null || dialogs instanceof FxDialogs) {
            dialogs = new FxDialogs(stage, messages);
        }
        if (fileActions == null) {
            fileActions = new FileActions(document, dialogs, messages, work);
            fileActions.setOnFileUsed(this::rememberRecent);
            exportActions = new ExportActions(document, dialogs, messages, work);
            catalogImport = new CatalogImportActions(document, dialogs, messages, work);
            importActions = new ImportActions(document, dialogs, messages, work);
        } else {
            fileActions.use(messages, dialogs);
            exportActions.use(messages, dialogs);
            catalogImport.use(messages, dialogs);
            importActions.use(messages, dialogs);
        }
        FindBar findBar = new FindBar(messages, () -> tabs);
        MainMenu menu = new MainMenu(document, messages, new MainMenu.Actions(
                () -> fileActions.newProject(), () -> fileActions.open(), path -> fileActions.open(path),
                () -> List.copyOf(recentFiles), () -> fileActions.openSample(),
                () -> fileActions.save(), () -> fileActions.saveAs(),
                () -> fileActions.newYear(), () -> exportActions.export(),
                () -> importActions.importExcel(false), () -> importActions.importExcel(true),
                () -> tabs.select("checkTab"),
                this::closeWindow,
                document.undoManager()::undo, document.undoManager()::redo,
                new EditActions(stage::getScene), () -> findBar.open(), languageTag::set));
        if (audit != null && audit.stage() != null) {
            audit.stage().close();
        }
        audit = new AuditWindow(stage, messages, () -> ProjectFigures.of(document.department()));
        menu.addTool("menuImportCatalog", "menu.tools.importCatalog", catalogImport::importList);
        menu.addTool("menuAudit", "menu.tools.audit", audit::show);
        ToolBar toolbar = new WorkbenchToolbar(document, messages, fileActions).node();
        toolbar.getItems().add(new UnitSelector(document, messages).node());
        root.setTop(new VBox(menu.node(), toolbar, findBar.node()));
        String selected = tabs == null ? null : tabs.selectedId();
        CheckViewModel checks = new CheckViewModel(document, messages);
        exportActions.setBeforeExport(answer -> askBeforeExport(checks, answer));
        Marks marks = new Marks(document, checks, new CommentIndex(document));
        tabs = new SectionTabs(document, messages, checks, work, (id, content) -> {
            marks.install(id, content);
            CommentMenus.install(id, content, document, messages, target -> tabs.startComment(target));
        });
        tabs.select(selected);
        root.setCenter(new Banner(document, messages, () -> fileActions.saveAs(), tabs.node()).node());
        root.setBottom(new StatusBar(document, messages, work, checks).node());
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> messages.get("app.title") + " — " + fileActions.projectName()
                        + (document.undoManager().unsavedProperty().get() ? " *" : ""),
                document.fileProperty(), document.departmentProperty(), document.undoManager().unsavedProperty()));
    }

    /**
     * Before an export: the check of the figures as they are (the 检查 tab's last one when nothing changed since, else
     * one run now, with a notice in the status bar while it runs), then {@link #mayExportDespiteErrors}.
     */
    private void askBeforeExport(CheckViewModel checks, Consumer<Boolean> answer) {
        boolean[] answered = {false};
        String checking = messages.get("export.checking");
        checks.whenCurrent(checked -> {
            answered[0] = true;
            if (work.noticeProperty().get().equals(checking)) {
                work.noticeProperty().set("");
            }
            answer.accept(mayExportDespiteErrors(checked));
        });
        if (!answered[0]) {
            work.noticeProperty().set(checking);
        }
    }

    /**
     * With check errors or placeholders left in the explanation, the user sees what they are and decides whether to
     * export anyway; when the checks could not run ({@code checked} null), whether to export unchecked.
     */
    private boolean mayExportDespiteErrors(DraftCheck.Result checked) {
        if (checked == null) {
            return dialogs.confirm(messages.get("export.withErrors.header"), messages.get("export.unchecked.question"));
        }
        ExportReadiness readiness = new ExportReadiness(checked.errors(), checked.placeholders());
        if (readiness.isReady()) {
            return true;
        }
        StringBuilder what = new StringBuilder(messages.format("export.withErrors.question",
                readiness.errors().size(), readiness.placeholders().size()));
        readiness.errors().stream().limit(LISTED).forEach(error ->
                what.append("\n· ").append(error.message(messages.locale())));
        readiness.placeholders().stream().limit(LISTED).forEach(placeholder ->
                what.append("\n· ").append(messages.format("export.withErrors.placeholder", placeholder.what())));
        return dialogs.confirm(messages.get("export.withErrors.header"), what.toString());
    }

    /** Closes the window once unsaved changes are dealt with, giving up the file's lock. */
    private void closeWindow() {
        fileActions.whenChangesSettled(() -> {
            fileActions.releaseLock();
            closing.forEach(Runnable::run);
            stage.close();
        });
    }

    /** Runs {@code action} when the window closes for good (after any save). */
    public void onClosing(Runnable action) {
        closing.add(action);
    }

    private void rememberRecent(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        recentFiles.remove(normalized);
        recentFiles.add(0, normalized);
        while (recentFiles.size() > 10) {
            recentFiles.remove(recentFiles.size() - 1);
        }
    }

    private void switchLanguage(String tag) {
        messages = Messages.forLocale(Locale.forLanguageTag(tag));
        stage.titleProperty().unbind();
        build();
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().stream()
                    .anyMatch(file -> file.getName().endsWith(ProjectFiles.EXTENSION))) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            event.getDragboard().getFiles().stream()
                    .filter(file -> file.getName().endsWith(ProjectFiles.EXTENSION))
                    .findFirst()
                    .ifPresent(file -> fileActions.open(file.toPath()));
            event.setDropCompleted(true);
            event.consume();
        });
    }
}
