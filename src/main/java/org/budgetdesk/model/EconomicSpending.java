package org.budgetdesk.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;

/**
 * A unit's basic expenditure by economic classification: its 款 lines, the live class subtotals, 人员经费 and
 * 公用经费 by category, and the total. Which category a line counts in follows the department's
 * {@link BasicCostMapping}; when the mapping changes, the line moves between the two totals.
 */
public final class EconomicSpending {
    private final ObservableList<EconomicLine> lines = FXCollections.observableArrayList();
    private final ObservableList<EconomicLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final Map<String, EconomicLine> byCode = new HashMap<>();
    private final NavigableMap<String, ComparedTotal> classes = new TreeMap<>();
    private final Map<BasicCostCategory, ComparedTotal> byCategory = new EnumMap<>(BasicCostCategory.class);
    private final ComparedTotal total = new ComparedTotal("economic.total");
    private final AmountSum project = new AmountSum("economic.project");
    /** The category each line is counted in now. */
    private final Map<EconomicLine, BasicCostCategory> placed = new IdentityHashMap<>();
    private final MapChangeListener<String, BasicCostCategory> remap = change -> replace(change.getKey());
    private BasicCostMapping mapping;

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
        place(line, categoryOf(line.itemCode()));
        project.add(line.project());
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
        byCategory.get(placed.remove(line)).remove(line);
        project.remove(line.project());
        if (classTotal.current().size() == 0) {
            total.remove(classTotal);
            classes.remove(line.classCode());
        }
        lines.remove(index);
        return index;
    }

    /** 人员经费 or 公用经费: the category a code counts in, under the department's mapping. */
    public BasicCostCategory categoryOf(String itemCode) {
        return mapping == null ? BasicCostCategory.ofEconomicCode(itemCode) : mapping.categoryOf(itemCode);
    }

    /**
     * Counts the lines by {@code mapping} from now on, and follows its changes; {@code null} goes back to the
     * national rule. The department calls this for each unit it holds.
     */
    public void useMapping(BasicCostMapping newMapping) {
        if (mapping != null) {
            mapping.overrides().removeListener(remap);
            mapping.regionRule().removeListener(remap);
        }
        mapping = newMapping;
        if (mapping != null) {
            mapping.overrides().addListener(remap);
            mapping.regionRule().addListener(remap);
        }
        for (EconomicLine line : lines) {
            replace(line.itemCode());
        }
    }

    private void replace(String itemCode) {
        EconomicLine line = byCode.get(itemCode);
        BasicCostCategory now = line == null ? null : categoryOf(itemCode);
        if (line != null && placed.get(line) != now) {
            byCategory.get(placed.remove(line)).remove(line);
            place(line, now);
        }
    }

    private void place(EconomicLine line, BasicCostCategory category) {
        byCategory.get(category).add(line);
        placed.put(line, category);
    }

    public Optional<EconomicLine> find(String itemCode) {
        return Optional.ofNullable(byCode.get(itemCode));
    }

    /** The classes (301, 302, …) that have lines, by code. */
    public NavigableMap<String, ComparedTotal> classes() {
        return Collections.unmodifiableNavigableMap(classes);
    }

    /** 人员经费 (301 and 303, unless the mapping says otherwise). */
    public ComparedTotal personnel() {
        return byCategory.get(BasicCostCategory.PERSONNEL);
    }

    /** 公用经费 (302 and the rest, unless the mapping says otherwise). */
    public ComparedTotal publicCosts() {
        return byCategory.get(BasicCostCategory.PUBLIC);
    }

    /** Project expenditure classified by economic 款, over every line. */
    public AmountSum project() {
        return project;
    }

    /** The basic expenditure total by economic classification. */
    public ComparedTotal total() {
        return total;
    }
}
