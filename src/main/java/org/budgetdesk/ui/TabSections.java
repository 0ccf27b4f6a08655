package org.budgetdesk.ui;

import java.util.Map;

/** Which section tab shows which disclosure section; the check and model enums share the section names. */
final class TabSections {
    private static final Map<String, String> TAB_BY_SECTION = Map.of(
            "OVERVIEW", "overviewTab",
            "INCOME", "incomeTab",
            "FUNCTIONAL", "functionalTab",
            "ECONOMIC", "economicTab",
            "THREE_PUBLIC", "threePublicTab",
            "OTHER", "otherTab");

    private TabSections() {
    }

    /** The tab id of a section, by the section's name. */
    static String tabOf(String section) {
        return TAB_BY_SECTION.get(section);
    }

    /** The section name a tab shows, or null for a tab that is no section (说明, 图表, 检查…). */
    static String sectionOf(String tabId) {
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
