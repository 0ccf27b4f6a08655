package org.budgetdesk.ui;

import java.nio.file.Path;
import java.time.Year;
import java.util.function.Consumer;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;

/**
 * New, open, save and save-as for the workbench. Reading and writing run in the background; the model is
 * serialized on the UI thread first, since it is not thread-safe. Replacing a project with unsaved changes asks
 * first.
 */
public final class FileActions {
    private final Document document;
    private final Dialogs dialogs;
    private final Messages messages;
    private final BackgroundWork work;
    private final ProjectFiles files = new ProjectFiles();
    private Consumer<Path> onFileUsed = path -> { };
    private Path lastFolder;

    public FileActions(Document document, Dialogs dialogs, Messages messages, BackgroundWork work) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.work = work;
    }

    /** Called with each file opened or saved, e.g. to remember it among the recent files. */
    public void setOnFileUsed(Consumer<Path> onFileUsed) {
        this.onFileUsed = onFileUsed;
    }

    /** Starts a new, empty project for next year, after asking about unsaved changes. */
    public void newProject() {
        whenChangesSettled(() -> document.open(
                new Department(messages.get("file.new.department"), Year.now().getValue() + 1), null));
    }

    /** Asks for a file and opens it. */
    public void open() {
        whenChangesSettled(() -> dialogs.chooseFileToOpen(folder()).ifPresent(this::load));
    }

    /** Opens a given file (command line, drag and drop, recent files), after asking about unsaved changes. */
    public void open(Path file) {
        whenChangesSettled(() -> load(file));
    }

    private void load(Path file) {
        work.run("open-project", () -> files.load(file), department -> {
            document.open(department, file);
            remember(file);
        }, error -> dialogs.showError(messages.get("file.open.failed"), describe(error)));
    }

    /** Saves to the project's file, or asks for one; then runs {@code after}. */
    public void save(Runnable after) {
        Path file = document.fileProperty().get();
        if (file == null) {
            saveAs(after);
        } else {
            write(file, after);
        }
    }

    public void save() {
        save(() -> { });
    }

    /** Asks for a file and saves to it; then runs {@code after}. */
    public void saveAs(Runnable after) {
        String suggested = document.department().name().get() + document.department().budgetYear().get()
                + ProjectFiles.EXTENSION;
        dialogs.chooseFileToSave(folder(), suggested).ifPresent(file -> write(withExtension(file), after));
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void write(Path file, Runnable after) {
        byte[] content;
        try {
            content = files.toBytes(document.department());
        } catch (IllegalArgumentException e) {
            dialogs.showError(messages.get("file.save.failed"), e.getMessage());
            return;
        }
        long revision = document.undoManager().revisionProperty().get();
        work.run("save-project", () -> {
            files.write(content, file);
            return file;
        }, saved -> {
            document.fileProperty().set(saved);
            document.undoManager().markSaved(revision);
            remember(saved);
            after.run();
        }, error -> dialogs.showError(messages.get("file.save.failed"),
                messages.format("file.save.failedDetail", file, String.valueOf(error.getMessage()))));
    }

    /**
     * Runs {@code action} once the unsaved changes, if any, are dealt with: saved, discarded, or — when the user
     * cancels — {@code action} does not run.
     */
    public void whenChangesSettled(Runnable action) {
        if (!document.undoManager().unsavedProperty().get()) {
            action.run();
            return;
        }
        switch (dialogs.askSaveChanges(projectName())) {
            case SAVE -> save(action);
            case DISCARD -> action.run();
            case CANCEL -> { }
        }
    }

    /** The name the title and prompts use: the file name, or the department for a new project. */
    public String projectName() {
        Path file = document.fileProperty().get();
        return file != null ? file.getFileName().toString() : document.department().name().get();
    }

    private String describe(Throwable error) {
        return error instanceof ProjectFileException e ? e.message(messages.locale()) : String.valueOf(error);
    }

    private void remember(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            lastFolder = parent;
        }
        onFileUsed.accept(file);
    }

    /** Where the file choosers start. */
    public void setLastFolder(Path folder) {
        lastFolder = folder;
    }

    private Path folder() {
        Path file = document.fileProperty().get();
        return file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent() : lastFolder;
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ProjectFiles.EXTENSION) ? file : file.resolveSibling(name + ProjectFiles.EXTENSION);
    }
}
