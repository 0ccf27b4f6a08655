package org.budgetdesk.ui.common;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Unit;
import org.budgetdesk.undo.UndoManager;

/**
 * The open project as the workbench sees it: the department, its file, the one undo manager, the unit being
 * viewed (a unit, or 部门汇总, which is read-only) and the display unit. Every tab binds to this.
 */
public final class Document {
    private final ReadOnlyObjectWrapper<Department> department = new ReadOnlyObjectWrapper<>(this, "department");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<Unit> viewedUnit = new SimpleObjectProperty<>(this, "viewedUnit");
    private final ObjectProperty<DisplayUnit> displayUnit =
            new SimpleObjectProperty<>(this, "displayUnit", DisplayUnit.WAN_YUAN);
    private final BooleanProperty lockedByOther = new SimpleBooleanProperty(this, "lockedByOther", false);
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(this, "reviewMode", false);
    private final BooleanProperty fileReadOnly = new SimpleBooleanProperty(this, "fileReadOnly", false);
    private final StringProperty banner = new SimpleStringProperty(this, "banner", "");
    private final UndoManager undoManager = new UndoManager();
    private final BooleanBinding readOnly;
    private final javafx.beans.property.ReadOnlyIntegerWrapper catalogRevision =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "catalogRevision", 0);
    /** Read by background work (the explanation, autocompletion) as well as the UI thread. */
    private volatile Catalog catalog;

    public Document(Department initial, Path initialFile) {
        readOnly = Bindings.createBooleanBinding(
                () -> lockedByOther.get() || fileReadOnly.get() || reviewMode.get() || department.get() == null
                        || viewedUnit.get() == department.get().consolidated(),
                lockedByOther, fileReadOnly, reviewMode, viewedUnit, department);
        open(initial, initialFile);
    }

    /**
     * Shows another department: its own unit is viewed, the undo history starts afresh and counts as saved, and the
     * file counts as writable with no banner until the caller says otherwise.
     */
    public void open(Department opened, Path openedFile) {
        catalog = null;
        MapChangeListener<String, String> codesChanged = change -> catalogChanged();
        opened.customFunctionalCodes().addListener(codesChanged);
        opened.customEconomicCodes().addListener(codesChanged);
        opened.carriedFunctionalCodes().addListener(codesChanged);
        opened.carriedEconomicCodes().addListener(codesChanged);
        opened.budgetYear().addListener((obs, before, after) -> catalogChanged());
        fileReadOnly.set(false);
        banner.set("");
        department.set(opened);
        file.set(openedFile);
        viewedUnit.set(opened.ownUnit());
        undoManager.reset();
    }

    public ReadOnlyObjectProperty<Department> departmentProperty() {
        return department.getReadOnlyProperty();
    }

    public Department department() {
        return department.get();
    }

    /** The file the project was opened from or last saved to; null for a new project. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<Unit> viewedUnitProperty() {
        return viewedUnit;
    }

    public ObjectProperty<DisplayUnit> displayUnitProperty() {
        return displayUnit;
    }

    /** Set when another BudgetDesk holds the file and the user chose to open it read-only. */
    public BooleanProperty lockedByOtherProperty() {
        return lockedByOther;
    }

    /**
     * Set when the file cannot be written here (it is read-only, or its folder is): the project is shown read-only
     * and saving means saving as another file. Cleared by {@link #open}.
     */
    public BooleanProperty fileReadOnlyProperty() {
        return fileReadOnly;
    }

    /** A notice about the open project shown above the tabs (read-only, a stale lock taken over); empty for none. */
    public StringProperty bannerProperty() {
        return banner;
    }

    /**
     * Review mode: a supervisor reads and comments, and no figure or text can be changed by accident. Comments stay
     * editable. Kept for the session only, not in the file.
     */
    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    /**
     * True while nothing may be edited: the file is held by another or cannot be written, review mode is on, or
     * 部门汇总 is viewed.
     */
    public BooleanBinding readOnlyProperty() {
        return readOnly;
    }

    /** Why nothing may be edited now, as a message key ({@code readOnly.review}, …); null when editable. */
    public String readOnlyReasonKey() {
        if (reviewMode.get()) {
            return "readOnly.review";
        }
        if (lockedByOther.get()) {
            return "readOnly.locked";
        }
        if (fileReadOnly.get()) {
            return "readOnly.file";
        }
        if (department.get() != null && viewedUnit.get() == department.get().consolidated()) {
            return "readOnly.consolidated";
        }
        return null;
    }

    public UndoManager undoManager() {
        return undoManager;
    }

    /**
     * Forgets the cached catalog and counts a change: the project's codes changed, or lists were imported. Views
     * showing code names follow {@link #catalogRevisionProperty()}.
     */
    public void catalogChanged() {
        catalog = null;
        catalogRevision.set(catalogRevision.get() + 1);
    }

    /** Counts the changes of {@link #catalog()} within a project (not the opening of another project). */
    public javafx.beans.property.ReadOnlyIntegerProperty catalogRevisionProperty() {
        return catalogRevision.getReadOnlyProperty();
    }

    /**
     * The code lists of the budget year (shipped and imported), with the codes the project carries and its custom
     * codes; cached until those change.
     */
    public Catalog catalog() {
        Catalog cached = catalog;
        if (cached == null) {
            Department current = department.get();
            cached = Catalog.forYear(current.budgetYear().get())
                    .withCarriedCodes(current.carriedFunctionalCodes(), current.carriedEconomicCodes())
                    .withCustomCodes(current.customFunctionalCodes(), current.customEconomicCodes());
            catalog = cached;
        }
        return cached;
    }
}
