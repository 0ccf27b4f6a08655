package org.budgetdesk.ui.other;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TreeItem;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.PerformanceTargets;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.CellEdit;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.SheetColumn;
import org.budgetdesk.ui.common.SheetColumns;
import org.budgetdesk.undo.Edits;

/** The 绩效目标 section's logic: the viewed unit's projects, adding and removing them, and their total. */
public final class PerformanceViewModel {
    private final Document document;
    private final Messages messages;
    private final OtherViewModel figures;

    public PerformanceViewModel(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        this.figures = new OtherViewModel(document, messages);
    }

    /** One row per project, in order. */
    public TreeItem<PerformanceProject> tree(Unit unit) {
        TreeItem<PerformanceProject> root = new TreeItem<>();
        for (PerformanceProject project : unit.performance().projects()) {
            root.getChildren().add(new TreeItem<>(project));
        }
        return root;
    }

    /** 项目名称, 功能科目编码, 金额, 绩效目标: every cell entered. */
    public List<SheetColumn<PerformanceProject>> columns() {
        var unit = document.displayUnitProperty();
        return List.of(
                SheetColumns.text("projectName", messages.get("other.performance.column.name"), 220,
                        PerformanceProject::name, project -> true),
                codeColumn(),
                SheetColumns.amount("projectAmount", messages.get("other.performance.column.amount"),
                        PerformanceProject::amount, PerformanceProject::amount, project -> true, unit, messages),
                SheetColumns.text("projectGoals", messages.get("other.performance.column.goals"), 520,
                        PerformanceProject::goals, project -> true));
    }

    /** The functional 项 code: empty, or seven digits of a valid shape. */
    private SheetColumn<PerformanceProject> codeColumn() {
        SheetColumn.Editor<PerformanceProject> editor = new SheetColumn.Editor<>() {
            @Override
            public String editText(PerformanceProject project) {
                return project.functionalCode().get();
            }

            @Override
            public CellEdit commit(PerformanceProject project, String text) {
                String code = text.strip();
                if (!code.isEmpty() && (code.length() != 7 || !CodeLevel.isValid(CodeKind.FUNCTIONAL, code))) {
                    return CellEdit.refused(messages.format("other.performance.badCode", code));
                }
                return CellEdit.of(code.equals(project.functionalCode().get()) ? null
                        : Edits.setText(project.functionalCode(), code));
            }
        };
        return new SheetColumn<>("projectCode", messages.get("other.performance.column.code"), 110, false,
                PerformanceProject::functionalCode, editor, project -> true);
    }

    /**
     * Adds an empty project at the end of the viewed unit's list.
     *
     * @return the project, or null when the unit is read-only
     */
    public PerformanceProject addProject() {
        if (document.readOnlyProperty().get()) {
            return null;
        }
        PerformanceProject project = new PerformanceProject();
        document.undoManager().execute(Edits.addProject(targets(), project));
        return project;
    }

    /** Removes a project of the viewed unit; null when done, else why not. */
    public String removeProject(PerformanceProject project) {
        if (document.readOnlyProperty().get()) {
            return messages.get("other.readOnly");
        }
        if (project == null || !targets().projects().contains(project)) {
            return messages.get("other.performance.remove.nothing");
        }
        document.undoManager().execute(Edits.removeProject(targets(), project));
        return null;
    }

    private PerformanceTargets targets() {
        return document.viewedUnitProperty().get().performance();
    }

    /** “绩效目标项目合计 104.89，项目支出 104.89（万元）”, live. */
    public ObservableValue<String> totalText() {
        ObservableValue<BigDecimal> total = figures.viewed(unit -> unit.performance().total());
        ObservableValue<BigDecimal> project = figures.viewed(unit -> unit.functional().total().project());
        var unit = document.displayUnitProperty();
        return Bindings.createStringBinding(() -> messages.format("other.performance.total",
                Numbers.grouped(total.getValue(), unit.get()), Numbers.grouped(project.getValue(), unit.get()),
                figures.unitName()), total, project, unit);
    }

    /** A warning when the projects add up to more than the unit's 项目支出 (check X13), else empty. */
    public ObservableValue<String> overProjectWarning() {
        ObservableValue<BigDecimal> total = figures.viewed(unit -> unit.performance().total());
        ObservableValue<BigDecimal> project = figures.viewed(unit -> unit.functional().total().project());
        var unit = document.displayUnitProperty();
        return Bindings.createStringBinding(() -> total.getValue().compareTo(project.getValue()) > 0
                ? messages.format("other.performance.overProject",
                        Numbers.grouped(total.getValue().subtract(project.getValue()), unit.get()),
                        figures.unitName())
                : "", total, project, unit);
    }
}
