package org.budgetdesk.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetdesk.model.DisclosureSection;

/** Every difference between two drafts, in section order, then unit order, then the order of the tables. */
public record Comparison(List<Difference> differences) {

    public Comparison {
        differences = List.copyOf(differences);
    }

    /** True when the drafts hold the same entered figures and texts. */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    public int size() {
        return differences.size();
    }

    /** The differences grouped by section, sections in their tab order; sections without differences are left out. */
    public Map<DisclosureSection, List<Difference>> bySection() {
        Map<DisclosureSection, List<Difference>> groups = new EnumMap<>(DisclosureSection.class);
        for (Difference difference : differences) {
            groups.computeIfAbsent(difference.section(), section -> new ArrayList<>()).add(difference);
        }
        groups.replaceAll((section, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(groups);
    }
}
