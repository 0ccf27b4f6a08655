package org.budgetdesk.model;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A unit's projects with performance targets, and their live total (at most the unit's 项目支出). */
public final class PerformanceTargets {
    private final ObservableList<PerformanceProject> projects = FXCollections.observableArrayList();
    private final ObservableList<PerformanceProject> readOnlyProjects =
            FXCollections.unmodifiableObservableList(projects);
    private final AmountSum total = new AmountSum("performance.total");

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

    /** The sum of the projects' amounts. */
    public AmountSum total() {
        return total;
    }
}
