package org.budgetdesk.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A unit's basic expenditure by economic classification: its 款 lines, the live class subtotals, 人员经费 and
 * 公用经费 by category, and the total.
 */
public final class EconomicSpending {
    private final ObservableList<EconomicLine> lines = FXCollections.observableArrayList();
    private final ObservableList<EconomicLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final Map<String, EconomicLine> byCode = new HashMap<>();
    private final NavigableMap<String, ComparedTotal> classes = new TreeMap<>();
    private final Map<BasicCostCategory, ComparedTotal> byCategory = new EnumMap<>(BasicCostCategory.class);
    private final ComparedTotal total = new ComparedTotal("economic.total");

    public EconomicSpending() {
        for (BasicCostCategory category : BasicCostCategory.values()) {
            byCategory.put(category, new ComparedTotal("economic." + category));
        }
    }

    /** The lines in the order they were entered; change them through {@link #add} and {@link #remove}. */
    public ObservableList<EconomicLine> lines() {
        return readOnlyLines;
    }

    public void add(EconomicLine line) {
        add(lines.size(), line);
    }

    /**
     * Inserts a line at a position.
     *
     * @throws IllegalArgumentException when a line with the same code exists
     */
    public void add(int index, EconomicLine line) {
        if (byCode.putIfAbsent(line.itemCode(), line) != null) {
            throw new IllegalArgumentException("duplicate economic line " + line.itemCode());
        }
        ComparedTotal classTotal = classes.get(line.classCode());
        if (classTotal == null) {
            classTotal = new ComparedTotal("economic." + line.classCode());
            classes.put(line.classCode(), classTotal);
            total.add(classTotal);
        }
        classTotal.add(line);
        byCategory.get(line.category()).add(line);
        lines.add(index, line);
    }

    /** Removes a line and returns the position it had, for undo. */
    public int remove(EconomicLine line) {
        int index = lines.indexOf(line);
        if (index < 0 || !byCode.remove(line.itemCode(), line)) {
            throw new IllegalArgumentException("not a line of this unit: " + line.itemCode());
        }
        ComparedTotal classTotal = classes.get(line.classCode());
        classTotal.remove(line);
        byCategory.get(line.category()).remove(line);
        if (classTotal.current().size() == 0) {
            total.remove(classTotal);
            classes.remove(line.classCode());
        }
        lines.remove(index);
        return index;
    }

    public Optional<EconomicLine> find(String itemCode) {
        return Optional.ofNullable(byCode.get(itemCode));
    }

    /** The classes (301, 302, …) that have lines, by code. */
    public NavigableMap<String, ComparedTotal> classes() {
        return Collections.unmodifiableNavigableMap(classes);
    }

    /** 人员经费 (301, 303). */
    public ComparedTotal personnel() {
        return byCategory.get(BasicCostCategory.PERSONNEL);
    }

    /** 公用经费 (302 and the rest). */
    public ComparedTotal publicCosts() {
        return byCategory.get(BasicCostCategory.PUBLIC);
    }

    /** The basic expenditure total by economic classification. */
    public ComparedTotal total() {
        return total;
    }
}
