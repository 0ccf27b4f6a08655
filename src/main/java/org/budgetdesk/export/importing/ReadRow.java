package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * One body row of a table, read: its kind, code and name, and its amounts in 元 by template field.
 *
 * @param sheetRow    the row number as a spreadsheet shows it
 * @param kind        a total (合计), a group (类, 款) or an item (项, a unit, an income line)
 * @param code        the classification code, "" when the row has none
 * @param name        the name, without the code
 * @param amounts     field → amount in 元, two decimals; a blank cell is zero
 * @param dashes      fields whose cell held a dash (“—”): nothing, or in a prior column not published
 * @param incomeName  the income side's name in a 收支总表 ("" elsewhere)
 * @param unit        the unit a unit column names ("" without one)
 */
record ReadRow(int sheetRow, Kind kind, String code, String name, Map<String, BigDecimal> amounts,
               Set<String> dashes, String incomeName, String unit) {

    enum Kind { TOTAL, GROUP, ITEM }

    /** The same row under another name (a unit's row in a table that names the unit above it). */
    ReadRow named(String newName) {
        return new ReadRow(sheetRow, kind, code, newName, amounts, dashes, incomeName, unit);
    }

    /** The amount of a field, zero when the table has none there. */
    BigDecimal amount(String field) {
        return amounts.getOrDefault(field, BigDecimal.ZERO.setScale(2));
    }

    /** A prior-year figure: null (not published) when the cell held a dash. */
    BigDecimal priorAmount(String field) {
        return dashes.contains(field) ? null : amount(field);
    }
}
