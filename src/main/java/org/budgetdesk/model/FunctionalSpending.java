package org.budgetdesk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budgetdesk.model.FunctionalLine.LineKey;

/**
 * A unit's functional spending (支出功能分类): its lines, and the live 项 → 款 → 类 → total subtotals and the
 * totals by funding source. Adding or removing a line attaches or detaches it from the groups above it;
 * editing a line moves only those groups.
 */
public final class FunctionalSpending {
    private final ObservableList<FunctionalLine> lines = FXCollections.observableArrayList();
    private final ObservableList<FunctionalLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final Map<LineKey, FunctionalLine> byKey = new HashMap<>();
    private final FunctionalGroup total = new FunctionalGroup("total", null);
    private final NavigableMap<String, FunctionalGroup> classes = new TreeMap<>();
    private final NavigableMap<String, FunctionalGroup> sections = new TreeMap<>();
    private final Map<FundingSource, FunctionalGroup> bySource = new EnumMap<>(FundingSource.class);

    /** The lines in the order they were entered; change them through {@link #add} and {@link #remove}. */
    public ObservableList<FunctionalLine> lines() {
        return readOnlyLines;
    }

    /** Appends a line. */
    public void add(FunctionalLine line) {
        add(lines.size(), line);
    }

    /**
     * Inserts a line at a position.
     *
     * @throws IllegalArgumentException when a line with the same code and funding source exists
     */
    public void add(int index, FunctionalLine line) {
        if (byKey.putIfAbsent(line.key(), line) != null) {
            throw new IllegalArgumentException("duplicate functional line " + line.key());
        }
        sectionOf(line).add(line);
        bySource(line.source()).add(line);
        lines.add(index, line);
    }

    /**
     * Appends lines at once, as a file's are read: each 款 and source total takes its new lines in one step, so the
     * totals above move once per 款, not once per line. Nothing is added when one of them is a duplicate.
     *
     * @throws IllegalArgumentException when a line has the code and funding source of another, here or among them
     */
    public void addAll(List<FunctionalLine> added) {
        Set<LineKey> keys = new HashSet<>();
        for (FunctionalLine line : added) {
            if (byKey.containsKey(line.key()) || !keys.add(line.key())) {
                throw new IllegalArgumentException("duplicate functional line " + line.key());
            }
        }
        Map<FunctionalGroup, List<FunctionalLine>> byGroup = new LinkedHashMap<>();
        for (FunctionalLine line : added) {
            byKey.put(line.key(), line);
            byGroup.computeIfAbsent(sectionOf(line), group -> new ArrayList<>()).add(line);
            byGroup.computeIfAbsent(bySource(line.source()), group -> new ArrayList<>()).add(line);
        }
        byGroup.forEach(FunctionalGroup::addAll);
        lines.addAll(added);
    }

    /** The 款 group a line belongs in, made (with its 类) when it is the first. */
    private FunctionalGroup sectionOf(FunctionalLine line) {
        String sectionCode = FunctionalCodes.sectionOf(line.itemCode());
        FunctionalGroup section = sections.get(sectionCode);
        if (section == null) {
            String classCode = FunctionalCodes.classOf(sectionCode);
            FunctionalGroup classGroup = classes.get(classCode);
            if (classGroup == null) {
                classGroup = new FunctionalGroup(classCode, total);
                classes.put(classCode, classGroup);
                total.add(classGroup);
            }
            section = new FunctionalGroup(sectionCode, total);
            sections.put(sectionCode, section);
            classGroup.add(section);
        }
        return section;
    }

    /**
     * Removes a line and returns the position it had, for undo.
     *
     * @throws IllegalArgumentException when the line is not in this unit
     */
    public int remove(FunctionalLine line) {
        int index = lines.indexOf(line);
        if (index < 0 || !byKey.remove(line.key(), line)) {
            throw new IllegalArgumentException("not a line of this unit: " + line.key());
        }
        String sectionCode = FunctionalCodes.sectionOf(line.itemCode());
        FunctionalGroup section = sections.get(sectionCode);
        section.remove(line);
        bySource(line.source()).remove(line);
        if (section.size() == 0) {
            String classCode = FunctionalCodes.classOf(sectionCode);
            FunctionalGroup classGroup = classes.get(classCode);
            classGroup.remove(section);
            sections.remove(sectionCode);
            if (classGroup.size() == 0) {
                total.remove(classGroup);
                classes.remove(classCode);
            }
        }
        lines.remove(index);
        return index;
    }

    /** The line with this 项 code and funding source, if any. */
    public Optional<FunctionalLine> find(String itemCode, FundingSource source) {
        return Optional.ofNullable(byKey.get(new LineKey(itemCode, source)));
    }

    /** The unit's total over every line. */
    public FunctionalGroup total() {
        return total;
    }

    /** The 类 that have at least one line, by code. */
    public NavigableMap<String, FunctionalGroup> classes() {
        return Collections.unmodifiableNavigableMap(classes);
    }

    /** The 款 that have at least one line, by code. */
    public NavigableMap<String, FunctionalGroup> sections() {
        return Collections.unmodifiableNavigableMap(sections);
    }

    /**
     * The total of the lines funded by one source (always present, zero when there are none). Made when first
     * needed: most units use two or three of the fourteen sources.
     */
    public FunctionalGroup bySource(FundingSource source) {
        return bySource.computeIfAbsent(source, key -> new FunctionalGroup(key.name(), total));
    }
}
