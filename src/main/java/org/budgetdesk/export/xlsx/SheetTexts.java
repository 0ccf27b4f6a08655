package org.budgetdesk.export.xlsx;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Department;

/**
 * The lines around a table, with the set's placeholders filled: number, title, department line, unit line, 空表, and
 * the note under a table whose printed total and printed parts differ by rounding.
 */
record SheetTexts(String number, String title, String subtitle, String unitLine, String emptyStatement,
                  String roundingNote) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(year|department|title|number|unit)}");

    static SheetTexts of(TableSet set, TableTemplate table, Department department, DisplayUnit unit) {
        String empty = table.empty() == null ? set.emptyStatement() : table.empty();
        return new SheetTexts(table.number(),
                fill(set.titleFormat(), table, department, unit),
                fill(set.subtitleFormat(), table, department, unit),
                fill(set.unitFormat(), table, department, unit),
                fill(empty, table, department, unit),
                fill(set.roundingNote(), table, department, unit));
    }

    /** The name of a unit as the unit line prints it. */
    static String unitName(DisplayUnit unit) {
        return switch (unit) {
            case YUAN -> "元";
            case WAN_YUAN -> "万元";
        };
    }

    /** Fills the placeholders in one pass, so a name that contains “{year}” stays as it is. */
    private static String fill(String format, TableTemplate table, Department department, DisplayUnit unit) {
        Map<String, String> values = Map.of(
                "year", String.valueOf(department.budgetYear().get()),
                "department", department.name().get(),
                "title", table.title(),
                "number", table.number(),
                "unit", unitName(unit));
        return PLACEHOLDER.matcher(format)
                .replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
    }
}
