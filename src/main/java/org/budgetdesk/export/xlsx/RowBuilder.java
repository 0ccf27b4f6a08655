package org.budgetdesk.export.xlsx;

import java.util.List;

/** Makes the body rows of one kind of table from the department (functional 类/款/项, economic 类/款, …). */
interface RowBuilder {
    /** Whether rows of this builder have a value for the field, so a template may show it as a column. */
    boolean supports(String field);

    /** The rows, top to bottom; empty when the table has nothing to show (it then carries its 空表 statement). */
    List<TableRow> rows(TableContext context, RowSpec spec);
}
