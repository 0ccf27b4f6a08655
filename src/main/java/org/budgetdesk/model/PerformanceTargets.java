package org.budgetdesk.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A unit's performance targets: the projects with theirs, and their live total (at most the unit's 项目支出), and the
 * unit's overall targets (部门整体支出绩效目标: goals and indicators, published by Sichuan since 2024).
 */
public final class PerformanceTargets {
    private final ObservableList<PerformanceProject> projects = FXCollections.observableArrayList();
    private final ObservableList<PerformanceProject> readOnlyProjects =
            FXCollections.unmodifiableObservableList(projects);
    private final AmountSum total = new AmountSum("performance.total");
    private final StringProperty overallGoals = new SimpleStringProperty(this, "overallGoals", "");
    private final ObservableList<PerformanceIndicator> overallIndicators = FXCollections.observableArrayList();

    /** The projects in order; change them through {@link #add} and {@link #remove}. */
    public ObservableList<PerformanceProject> projects() {
        return readOnlyProjects;
    }

    public void add(PerformanceProject project) {
        add(projects.size(), project);
    }

    public void add(int index, PerformanceProject project) {
        total.add(project.amount());
        projects.add(index, project);
    }

    /** Removes a project and returns the position it had, for undo. */
    public int remove(PerformanceProject project) {
        int index = projects.indexOf(project);
        if (index < 0) {
            throw new IllegalArgumentException("not a project of this unit");
        }
        total.remove(project.amount());
        projects.remove(index);
        return index;
    }

    /** 部门整体支出绩效目标: the goals of the unit's whole spending, as free text. */
    public StringProperty overallGoals() {
        return overallGoals;
    }

    /** The indicators of the unit's whole spending, in table order. Change them through the edits. */
    public ObservableList<PerformanceIndicator> overallIndicators() {
        return overallIndicators;
    }

    /** The sum of the projects' amounts. */
    public AmountSum total() {
        return total;
    }
}
