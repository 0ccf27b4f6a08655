package org.budgetdesk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeChanges;
import org.budgetdesk.rollover.YearRollover;
import java.util.List;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.ProjectSnapshot;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.io.lock.Owner;
import org.budgetdesk.io.lock.ProjectAccess;
import org.budgetdesk.io.lock.ProjectLock;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.ErrorText;

/**
 * New, open, save and save-as for the workbench. Reading and writing run in the background; a save takes a
 * {@link ProjectSnapshot} of the model on the UI thread first, since the model is not thread-safe, and makes the
 * file's bytes from it in the background. Replacing a project with unsaved changes asks first. An open or restored
 * file is locked ({@code .NAME.budget.lock}, a stale lock taken over with a notice); a file another BudgetDesk holds
 * opens read-only unless the user takes it over; a file that cannot be written here (it or its folder is read-only)
 * opens read-only with a banner offering 另存为.
 */
public final class FileActions {
    private static final Logger LOG = Logger.getLogger(FileActions.class.getName());
    private final Document document;
    private Dialogs dialogs;
    private Messages messages;
    private final BackgroundWork work;
    private final ProjectFiles files = new ProjectFiles();
    private Consumer<Path> onFileUsed = path -> { };
    private Path lastFolder;
    private final HeldLock held = new HeldLock();

    /**
     * Reads a project file: {@link ProjectFiles#load}, or a read of it started earlier (see
     * {@link #open(Path, Reading)}).
     */
    @FunctionalInterface
    public interface Reading {
        Department read(Path file) throws ProjectFileException;
    }

    public FileActions(Document document, Dialogs dialogs, Messages messages, BackgroundWork work) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.work = work;
    }

    /** Switches the language and the dialogs, e.g. after the user changed the language; the lock stays. */
    public void use(Messages newMessages, Dialogs newDialogs) {
        messages = newMessages;
        dialogs = newDialogs;
    }

    /** Called with each file opened or saved, e.g. to remember it among the recent files. */
    public void setOnFileUsed(Consumer<Path> onFileUsed) {
        this.onFileUsed = onFileUsed;
    }

    /** Starts a new, empty project for next year, after asking about unsaved changes. */
    public void newProject() {
        whenChangesSettled(() -> adopt(
                new Department(messages.get("file.new.department"), Year.now().getValue() + 1), null, null));
    }

    /**
     * Starts next year's project from this one: texts and lines carried over, this year's figures as prior, codes
     * taken through the editions' changes; what changed, or is unknown in next year's edition, is listed.
     */
    public void newYear() {
        Department current = document.department();
        Catalog nextYear = Catalog.forYear(current.budgetYear().get() + 1)
                .withCustomCodes(current.customFunctionalCodes(), current.customEconomicCodes());
        YearRollover.Result rollover = YearRollover.of(current, CodeChanges.shipped(), nextYear);
        whenChangesSettled(() -> {
            adopt(rollover.next(), null, null);
            document.undoManager().markUnsaved();
            if (!rollover.notes().isEmpty()) {
                dialogs.showInformation(messages.get("file.newYear.codes"), codeNotes(rollover.notes()));
            }
        });
    }

    private String codeNotes(List<YearRollover.CodeNote> notes) {
        StringBuilder text = new StringBuilder();
        for (YearRollover.CodeNote note : notes) {
            text.append(messages.format("file.newYear.code." + note.kind().name(), note.code(), note.newCode(),
                    note.newName())).append('\n');
        }
        return text.toString().strip();
    }

    /** Asks for a file and opens it. */
    public void open() {
        whenChangesSettled(() -> dialogs.chooseFileToOpen(folder()).ifPresent(this::load));
    }

    /**
     * Opens the built-in sample project (乐山市社会保险事务中心 2021) as an untitled project, after asking about unsaved
     * changes: saving it asks where, so the sample itself is never overwritten.
     */
    public void openSample() {
        whenChangesSettled(() -> work.run("open-sample", SampleProject::load, sample -> adopt(sample, null, null),
                error -> dialogs.showError(messages.get("file.open.failed"), describe(error))));
    }

    /** Opens a given file (command line, drag and drop, recent files), after asking about unsaved changes. */
    public void open(Path file) {
        open(file, files::load);
    }

    /**
     * Opens a given file as {@link #open(Path)} does, its department read by {@code reading} once the file is locked:
     * at start, the read begun while the window was built.
     */
    public void open(Path file, Reading reading) {
        whenChangesSettled(() -> load(file, reading));
    }

    private void load(Path file) {
        load(file, files::load);
    }

    private void load(Path file, Reading reading) {
        work.run("open-project", () -> OpenedFile.read(file, reading), opened -> show(opened, file),
                error -> openFailed(file, error));
    }

    /**
     * Opens the file named at start, which {@code prepared} locks and reads in the background (begun before the
     * window was built, by {@link OpenedFile#read}); its result of null means it did nothing, and then {@code otherwise}
     * runs. The window has just been shown: when the result comes within {@code wait}, the project is shown before
     * the first frame is drawn, so that no frame of the empty window is drawn first; else it is shown when it comes,
     * with the status bar's progress meanwhile.
     */
    public void openPrepared(Path file, Future<OpenedFile> prepared, Duration wait, Runnable otherwise) {
        Consumer<OpenedFile> shown = opened -> {
            if (opened == null) {
                otherwise.run();
            } else {
                show(opened, file);
            }
        };
        try {
            shown.accept(prepared.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            work.run("open-project", prepared::get, shown, error -> openFailed(file,
                    error instanceof ExecutionException failed ? failed.getCause() : error));
        } catch (ExecutionException e) {
            openFailed(file, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void show(OpenedFile opened, Path file) {
        show(opened.department(), file, opened.access(), false);
    }

    private void openFailed(Path file, Throwable error) {
        LOG.log(Level.WARNING, "could not open " + file, error);
        dialogs.showError(messages.get("file.open.failed"), describe(error));
    }

    /**
     * Shows work restored from a recovery copy of {@code original} (null for a project never saved), unsaved, with
     * its file locked as an opened one is: the crashed session's stale lock is taken over; a file another BudgetDesk
     * now has open, or one that cannot be written, shows the work read-only with 另存为 offered.
     */
    public void openRestored(Department restored, Path original) {
        if (original == null) {
            adopt(restored, null, null);
            document.undoManager().markUnsaved();
            return;
        }
        work.run("lock-restored", () -> accessToRestored(original), access -> {
            show(restored, original, access, true);
            document.undoManager().markUnsaved();
        }, error -> {
            adopt(restored, original, null);
            document.undoManager().markUnsaved();
        });
    }

    /**
     * How restored work may use its file. When it cannot be written (a read-only file), nobody takes the crashed
     * session's lock over, so it is removed here, if it is stale.
     */
    private static ProjectAccess accessToRestored(Path original) {
        ProjectAccess access = ProjectAccess.of(original, Owner.current());
        if (access instanceof ProjectAccess.ReadOnly) {
            try {
                ProjectLock.removeIfStale(original);
            } catch (IOException e) {
                LOG.log(Level.INFO, "the crashed session's lock of " + original + " stays", e);
            }
        }
        return access;
    }

    /** Shows a loaded department as its file allows, with a banner saying why when it is not plainly ours. */
    private void show(Department department, Path file, ProjectAccess access, boolean restored) {
        if (access instanceof ProjectAccess.Writable writable) {
            adopt(department, file, writable.lock());
            Owner stale = writable.staleOwner();
            if (stale != null) {
                document.bannerProperty().set(messages.format("banner.staleLock", stale.user(), stale.host(),
                        String.valueOf(stale.pid()), stale.since().toString()));
            }
        } else if (access instanceof ProjectAccess.ReadOnly readOnly) {
            adopt(department, file, null);
            document.fileReadOnlyProperty().set(true);
            document.bannerProperty().set(messages.get(readOnly.fileItself() ? "banner.readOnlyFile"
                    : "banner.readOnlyFolder"));
        } else if (access instanceof ProjectAccess.HeldByOther held && restored) {
            adopt(department, file, null);
            document.lockedByOtherProperty().set(true);
            document.bannerProperty().set(messages.format("banner.restoredHeld", held.owner().user(),
                    held.owner().host()));
        } else if (access instanceof ProjectAccess.HeldByOther held) {
            whenHeldByOther(department, file, held.owner());
        }
    }

    private void whenHeldByOther(Department department, Path file, Owner holder) {
        String who = messages.format("file.locked.holder", holder.user(), holder.host(), holder.since().toString());
        switch (dialogs.askLockedFile(file.getFileName().toString(), who)) {
            case READ_ONLY -> {
                adopt(department, file, null);
                document.lockedByOtherProperty().set(true);
            }
            case TAKE_OVER -> work.run("take-over-lock", () -> ProjectLock.takeOver(file, Owner.current()),
                    taken -> adopt(department, file, taken),
                    error -> dialogs.showError(messages.get("file.open.failed"), String.valueOf(error.getMessage())));
            case CANCEL -> { }
        }
    }

    /** Shows a department in the window, trading the old file's lock for the new one's. */
    private void adopt(Department department, Path file, ProjectLock newLock) {
        held.trade(newLock, file);
        document.lockedByOtherProperty().set(false);
        document.open(department, file);
        if (file != null) {
            LOG.info(() -> "opened " + file.toAbsolutePath());
            remember(file);
        }
    }

    /**
     * Gives up the open file's lock, in the background; called when the project is closed or replaced. The program
     * does not end before the lock file is gone.
     */
    public void releaseLock() {
        held.release();
    }

    /**
     * Gives up the open file's lock now, on the calling thread: for an exit that would not wait for
     * {@link #releaseLock()}'s thread (the start-up probe's).
     */
    public void releaseLockNow() {
        held.releaseNow();
    }

    /** Saves to the project's file, or asks for one; then runs {@code after}. */
    public void save(Runnable after) {
        Path file = document.fileProperty().get();
        if (file == null || document.lockedByOtherProperty().get() || document.fileReadOnlyProperty().get()) {
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
        ProjectSnapshot content;   // taken here, made into the file's bytes in the background
        try {
            content = ProjectSnapshot.of(document.department());
        } catch (IllegalArgumentException e) {
            dialogs.showError(messages.get("file.save.failed"), e.getMessage());
            return;
        }
        long revision = document.undoManager().revisionProperty().get();
        boolean sameFile = held.isOf(file);
        work.run("save-project", () -> {
            ProjectLock newLock = sameFile ? null : HeldLock.forSaving(file, messages);
            files.write(content.toBytes(), file);
            return newLock;
        }, newLock -> {
            if (!sameFile) {
                held.trade(newLock, file);
                document.lockedByOtherProperty().set(false);
                document.fileReadOnlyProperty().set(false);
                document.bannerProperty().set("");
            }
            Path saved = file;
            LOG.info(() -> "saved " + saved.toAbsolutePath());
            document.fileProperty().set(saved);
            document.undoManager().markSaved(revision);
            remember(saved);
            after.run();
        }, error -> {
            LOG.log(Level.WARNING, "could not save " + file, error);
            dialogs.showError(messages.get("file.save.failed"),
                    messages.format("file.save.failedDetail", file, describe(error)));
        });
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
        return ErrorText.describe(error, messages);
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
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        return folder != null ? folder : lastFolder;
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ProjectFiles.EXTENSION) ? file : file.resolveSibling(name + ProjectFiles.EXTENSION);
    }
}
