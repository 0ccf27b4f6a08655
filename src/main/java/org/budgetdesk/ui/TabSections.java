package org.budgetdesk.ui;

import java.util.Map;
import org.budgetdesk.model.DisclosureSection;

/** Which section tab shows which disclosure section, the place of findings, comments and differences alike. */
final class TabSections {
    private static final Map<DisclosureSection, String> TAB_BY_SECTION = Map.of(
            DisclosureSection.OVERVIEW, "overviewTab",
            DisclosureSection.INCOME, "incomeTab",
            DisclosureSection.FUNCTIONAL, "functionalTab",
            DisclosureSection.ECONOMIC, "economicTab",
            DisclosureSection.THREE_PUBLIC, "threePublicTab",
            DisclosureSection.OTHER, "otherTab");

    private TabSections() {
    }

    /** The tab id of a section. */
    static String tabOf(DisclosureSection section) {
        return TAB_BY_SECTION.get(section);
    }

    /** The section a tab shows, or null for a tab that is no section (说明, 图表, 检查…). */
    static DisclosureSection sectionOf(String tabId) {
        return TAB_BY_SECTION.entrySet().stream().filter(entry -> entry.getValue().equals(tabId))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** A comment's or a difference's key as the (code, field) a row is located by: "2080101/SOURCE.x" → both. */
    static String[] codeAndField(String line) {
        String first = line.split("/")[0];
        boolean isCode = !first.isEmpty() && first.chars().allMatch(Character::isDigit);
        String field = isCode ? (line.contains("/") ? line.substring(line.indexOf('/') + 1) : null) : line;
        return new String[] {isCode ? first : null, field};
    }
}
