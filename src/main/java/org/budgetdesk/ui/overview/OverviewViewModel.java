package org.budgetdesk.ui.overview;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.undo.Edits;

/**
 * The 概况 tab's logic: the department's fields, its units and the viewed unit's appropriation purpose. Every
 * change is one command through the undo manager; each setter returns null when done, or why not.
 */
public final class OverviewViewModel {
    /** The earliest and latest budget year accepted; anything else is a typing slip. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final Document document;
    private final Messages messages;
    private final ListChangeListener<Unit> keepViewedUnit = change -> keepViewedUnit();

    public OverviewViewModel(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        document.departmentProperty().addListener((obs, before, after) -> {
            if (before != null) {
                before.units().removeListener(keepViewedUnit);
            }
            after.units().addListener(keepViewedUnit);
        });
        document.department().units().addListener(keepViewedUnit);
    }

    /** When the viewed unit leaves the department (removed, or its addition undone), the own unit is viewed. */
    private void keepViewedUnit() {
        Department department = document.department();
        Unit viewed = document.viewedUnitProperty().get();
        if (viewed != department.consolidated() && !department.units().contains(viewed)) {
            document.viewedUnitProperty().set(department.ownUnit());
        }
    }

    /** A field of the open department, following it when another project is opened. */
    public <T> ObservableValue<T> department(Function<Department, ? extends ObservableValue<T>> field) {
        return document.departmentProperty().flatMap(field);
    }

    /**
     * Renames the department; its own unit (本级) is renamed with it, in the same undo step, while the two share
     * their name — otherwise a new department would keep showing “新部门（本级）”.
     */
    public String setName(String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            return messages.get("overview.department.name.blank");
        }
        Department department = document.department();
        StringProperty own = department.ownUnit().name();
        if (!own.get().equals(department.name().get()) || name.equals(department.name().get())) {
            return setText(department.name(), name);
        }
        if (document.readOnlyProperty().get()) {
            return messages.get("overview.readOnly");
        }
        document.undoManager().execute(new org.budgetdesk.undo.CompositeCommand("edit.text",
                java.util.List.of(Edits.setText(department.name(), name), Edits.setText(own, name))));
        return null;
    }

    /** The project's note (项目备注): where its figures come from, what is estimated. */
    public String setNote(String text) {
        return setText(document.department().note(), text == null ? "" : text);
    }

    public String setParentDepartment(String text) {
        return setText(document.department().parentDepartment(), text == null ? "" : text.strip());
    }

    /** Sets the budget year from typed text: a whole number from 2000 to 2100. */
    public String setBudgetYear(String text) {
        String typed = text == null ? "" : text.strip();
        int year;
        try {
            year = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            year = -1;
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return messages.format("overview.department.year.invalid", typed, String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        return set(document.department().budgetYear(), (Number) year);
    }

    public String setKind(DepartmentKind kind) {
        return kind == null ? null : set(document.department().kind(), kind);
    }

    public String setComparisonBasis(ComparisonBasis basis) {
        return basis == null ? null : set(document.department().comparisonBasis(), basis);
    }

    /** A section's own comparison basis, live; {@code null} while it follows the department's. */
    public ObservableValue<ComparisonBasis> sectionBasis(DisclosureSection section) {
        return department(department -> Bindings.valueAt(department.sectionComparisonBases(), section));
    }

    /** Gives a section its own comparison basis, or ({@code null}) makes it follow the department's. */
    public String setSectionBasis(DisclosureSection section, ComparisonBasis basis) {
        if (document.readOnlyProperty().get()) {
            return messages.get("overview.readOnly");
        }
        if (basis != document.department().sectionComparisonBases().get(section)) {
            document.undoManager().execute(Edits.setSectionComparisonBasis(document.department(), section, basis));
        }
        return null;
    }

    /** Adds a subordinate unit with a name; the name must be given and not used by another unit. */
    public String addUnit(String text) {
        String name = text == null ? "" : text.strip();
        String refusal = checkUnitName(name, null);
        if (refusal != null) {
            return refusal;
        }
        document.undoManager().execute(Edits.addUnit(document.department(), new Unit(name)));
        return null;
    }

    /** How many review comments are on a unit's places: removing the unit removes them with it. */
    public long commentsOn(Unit unit) {
        int index = document.department().units().indexOf(unit);
        return document.department().comments().stream()
                .filter(comment -> comment.target().unitIndex() == index).count();
    }

    /** Removes a subordinate unit with its comments; the department's own unit (本级) cannot be removed. */
    public String removeUnit(Unit unit) {
        if (document.readOnlyProperty().get()) {
            return messages.get("overview.readOnly");
        }
        int index = document.department().units().indexOf(unit);
        if (index < 0) {
            return messages.get("overview.units.noneSelected");
        }
        if (index == 0) {
            return messages.get("overview.units.removeOwn");
        }
        document.undoManager().execute(Edits.removeUnit(document.department(), unit));
        return null;
    }

    /** Renames a unit; the name must be given and not used by another unit. */
    public String renameUnit(Unit unit, String text) {
        if (unit == null || !document.department().units().contains(unit)) {
            return messages.get("overview.units.noneSelected");
        }
        String name = text == null ? "" : text.strip();
        if (name.equals(unit.name().get())) {
            return null;
        }
        String refusal = checkUnitName(name, unit);
        return refusal != null ? refusal : setText(unit.name(), name);
    }

    private String checkUnitName(String name, Unit renamed) {
        if (document.readOnlyProperty().get()) {
            return messages.get("overview.readOnly");
        }
        if (name.isEmpty()) {
            return messages.get("overview.units.blankName");
        }
        boolean taken = document.department().units().stream()
                .anyMatch(other -> other != renamed && other.name().get().equals(name));
        return taken ? messages.format("overview.units.duplicateName", name) : null;
    }

    /** True for the department's own unit (本级). */
    public boolean isOwnUnit(Unit unit) {
        return unit != null && unit == document.department().ownUnit();
    }

    /** Shows a unit in every tab. */
    public void view(Unit unit) {
        if (unit != null && document.department().units().contains(unit)) {
            document.viewedUnitProperty().set(unit);
        }
    }

    /** What the viewed unit's appropriations are mainly for, live. */
    public ObservableValue<String> appropriationPurpose() {
        return document.viewedUnitProperty().flatMap(unit -> unit.texts().appropriationPurpose());
    }

    public String setAppropriationPurpose(String text) {
        return setText(document.viewedUnitProperty().get().texts().appropriationPurpose(), text == null ? "" : text);
    }

    private String setText(StringProperty property, String value) {
        if (document.readOnlyProperty().get()) {
            return messages.get("overview.readOnly");
        }
        if (!value.equals(property.get())) {
            document.undoManager().execute(Edits.setText(property, value));
        }
        return null;
    }

    private <T> String set(Property<T> property, T value) {
        if (document.readOnlyProperty().get()) {
            return messages.get("overview.readOnly");
        }
        if (!value.equals(property.getValue())) {
            document.undoManager().execute(Edits.set(property, value));
        }
        return null;
    }
}
