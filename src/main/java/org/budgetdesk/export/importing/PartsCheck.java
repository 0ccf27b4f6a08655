package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Checks that every 合计, 类 and 款 row is the sum of the rows under it, field by field; one that is not becomes an
 * {@link Unreadable} at its cell, with both figures. Rows without codes (units) are the parts of the 合计.
 */
final class PartsCheck {
    private PartsCheck() {
    }

    static void check(TableReading reading, List<ReadRow> rows, Set<String> fields, List<Unreadable> problems) {
        for (ReadRow row : rows) {
            List<ReadRow> parts = partsOf(row, rows);
            if (parts == null || parts.isEmpty()) {
                continue;
            }
            for (String field : fields) {
                if (!row.amounts().containsKey(field)) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (ReadRow part : parts) {
                    sum = sum.add(part.amount(field));
                }
                if (sum.compareTo(row.amount(field)) != 0) {
                    problems.add(new Unreadable(reading.table().name(), row.sheetRow(), reading.columnOf(field),
                            "import.problem.partsDisagree", row.amount(field).toPlainString() + " ≠ "
                            + sum.setScale(2).toPlainString()));
                }
            }
        }
    }

    /** The rows a row adds up: for 合计 the top level, for a 类 or 款 the next level under its code; else null. */
    private static List<ReadRow> partsOf(ReadRow row, List<ReadRow> rows) {
        if (row.kind() == ReadRow.Kind.TOTAL) {
            int top = rows.stream().filter(other -> other.kind() != ReadRow.Kind.TOTAL)
                    .mapToInt(other -> other.code().length()).min().orElse(0);
            return rows.stream().filter(other -> other.kind() != ReadRow.Kind.TOTAL
                    && other.code().length() == top).toList();
        }
        if (row.code().isEmpty()) {
            return null;
        }
        int next = rows.stream().filter(other -> other.code().length() > row.code().length()
                        && other.code().startsWith(row.code()))
                .mapToInt(other -> other.code().length()).min().orElse(-1);
        if (next < 0) {
            return null;
        }
        return rows.stream().filter(other -> other.code().length() == next && other.code().startsWith(row.code()))
                .toList();
    }
}
