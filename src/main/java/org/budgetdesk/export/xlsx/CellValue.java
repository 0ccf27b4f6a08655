package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.util.List;

/** What a row builder puts in one cell: text, an amount from the model, or the sum of other rows. */
sealed interface CellValue {

    /** Text, always written as a string cell (never a formula, whatever it starts with). */
    record Text(String text) implements CellValue {
    }

    /** An amount in 元, as the model holds it. */
    record Amount(BigDecimal yuan) implements CellValue {
    }

    /** A prior-year amount that is not published (未公开): shown as {@link #TEXT}, and every sum over it too. */
    record NotPublished() implements CellValue {
        static final String TEXT = "—";
    }

    /** The sum of the same column in other rows of the table (indexes into the table's rows): a SUM formula. */
    record Sum(List<Integer> rows) implements CellValue {
        public Sum {
            rows = List.copyOf(rows);
        }
    }
}
