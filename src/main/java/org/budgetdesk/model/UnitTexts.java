package org.budgetdesk.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The free text of a unit that the explanation needs and that no figure carries: its functions, the year's key
 * tasks and what the appropriations are mainly for. Reasons and purposes live beside their figures.
 */
public final class UnitTexts {
    private final ObservableList<String> functions = FXCollections.observableArrayList();
    private final ObservableList<String> keyTasks = FXCollections.observableArrayList();
    private final StringProperty appropriationPurpose = new SimpleStringProperty(this, "appropriationPurpose", "");

    /** 基本职能, one paragraph per item. */
    public ObservableList<String> functions() {
        return functions;
    }

    /** 年度重点工作任务, one paragraph per item. */
    public ObservableList<String> keyTasks() {
        return keyTasks;
    }

    /** What the fiscal appropriations are mainly used for (财政拨款…主要用于…). */
    public StringProperty appropriationPurpose() {
        return appropriationPurpose;
    }
}
