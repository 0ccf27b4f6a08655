package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * Keeps one consolidated line per key (a 项 code and source, or an economic code) whose amounts are bound to the
 * live sums of the units' lines with that key. The consolidated line appears with its first contributor and goes
 * with its last; its text follows the contributor of highest precedence (the earliest unit), whatever the order
 * in which contributors came and went, so that undoing an edit restores the text.
 */
final class LineConsolidator<K, L> {

    /**
     * How to read and create one kind of line.
     *
     * @param amounts    the entered amounts of a line, in a fixed order
     * @param text       the text that follows the leading contributor, or null when the line has none
     * @param precedence the rank of a contributor for its text: lower wins (its unit's position)
     */
    record Adapter<K, L>(Function<L, K> key, Function<K, L> create,
                         Function<L, List<ObjectProperty<BigDecimal>>> amounts, Function<L, StringProperty> text,
                         ToIntFunction<L> precedence, Consumer<L> addToTarget, Consumer<L> removeFromTarget) {
    }

    private final class Entry {
        final L target;
        final List<AmountSum> sums = new ArrayList<>();
        final List<L> contributors = new ArrayList<>();
        L textSource;

        Entry(L target) {
            this.target = target;
        }
    }

    private final Adapter<K, L> adapter;
    private final Map<K, Entry> entries = new HashMap<>();

    LineConsolidator(Adapter<K, L> adapter) {
        this.adapter = adapter;
    }

    void added(L line) {
        added(List.of(line));
    }

    /**
     * Adds lines at once, e.g. every line of the units a file adds: each consolidated sum takes all its new parts
     * in one step, so it changes (and the totals above it change) once, not once per line.
     */
    void added(List<L> lines) {
        Map<Entry, List<L>> byEntry = new LinkedHashMap<>();
        for (L line : lines) {
            Entry entry = entries.computeIfAbsent(adapter.key().apply(line), this::newEntry);
            byEntry.computeIfAbsent(entry, key -> new ArrayList<>()).add(line);
        }
        byEntry.forEach(this::addContributors);
    }

    private void addContributors(Entry entry, List<L> lines) {
        List<List<ObjectProperty<BigDecimal>>> amounts = lines.stream().map(adapter.amounts()).toList();
        for (int i = 0; i < entry.sums.size(); i++) {
            int figure = i;
            entry.sums.get(i).addAll(amounts.stream().map(lineAmounts -> lineAmounts.get(figure)).toList());
        }
        entry.contributors.addAll(lines);
        L leading = Collections.min(lines, Comparator.comparingInt(adapter.precedence()));
        if (entry.textSource == null
                || adapter.precedence().applyAsInt(leading) < adapter.precedence().applyAsInt(entry.textSource)) {
            followText(entry, leading);
        }
    }

    void removed(L line) {
        Entry entry = entries.get(adapter.key().apply(line));
        List<ObjectProperty<BigDecimal>> amounts = adapter.amounts().apply(line);
        for (int i = 0; i < amounts.size(); i++) {
            entry.sums.get(i).remove(amounts.get(i));
        }
        entry.contributors.remove(line);
        if (entry.contributors.isEmpty()) {
            entries.remove(adapter.key().apply(line));
            for (ObjectProperty<BigDecimal> amount : adapter.amounts().apply(entry.target)) {
                amount.unbind();
            }
            unbindText(entry.target);
            adapter.removeFromTarget().accept(entry.target);
        } else if (line == entry.textSource) {
            followText(entry, Collections.min(entry.contributors, Comparator.comparingInt(adapter.precedence())));
        }
    }

    private Entry newEntry(K key) {
        Entry entry = new Entry(adapter.create().apply(key));
        for (ObjectProperty<BigDecimal> amount : adapter.amounts().apply(entry.target)) {
            AmountSum sum = new AmountSum("consolidated");
            entry.sums.add(sum);
            amount.bind(sum);
        }
        adapter.addToTarget().accept(entry.target);
        return entry;
    }

    /**
     * Makes {@code leading} the contributor whose text the consolidated line shows. Only a new contributor that
     * outranks the current one, or the removal of the current one, changes it: comparing every contributor on
     * every change made loading many units cost units² × lines.
     */
    private void followText(Entry entry, L leading) {
        entry.textSource = leading;
        StringProperty text = adapter.text().apply(entry.target);
        if (text != null) {
            text.bind(adapter.text().apply(leading));
        }
    }

    private void unbindText(L target) {
        StringProperty text = adapter.text().apply(target);
        if (text != null) {
            text.unbind();
        }
    }
}
