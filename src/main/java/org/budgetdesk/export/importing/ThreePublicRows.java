package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The row-wise “三公” table of the 一体化 export: one row per part (因公出国（境）费, 公务用车购置及运行费, 其中：公务用车购置费,
 * 公务用车运行费, 公务接待费) with a 预算数 column, turned into the one row of parts the other layout has.
 */
final class ThreePublicRows {
    private static final Set<String> PARTS = Set.of("overseasTravel", "vehicles", "vehiclePurchase",
            "vehicleOperation", "reception");

    private ThreePublicRows() {
    }

    /** Whether the sheet lists the parts as rows: a name and an amount column, and no column of a part. */
    static boolean rowWise(Set<String> fields) {
        return fields.contains("name") && fields.contains("total") && fields.stream().noneMatch(PARTS::contains);
    }

    /** The parts' rows as one row of the department (or of the unit named above the table); {@code fields}
     * becomes the parts found. Rows that name no part (合计, 机关运行经费) are left out. */
    static List<ReadRow> transpose(List<ReadRow> rows, Set<String> fields) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        int first = 0;
        for (ReadRow row : rows) {
            String name = AmountText.normalise(row.name())
                    .replaceFirst("^(其中[:：])?([0-9一二三四五六七八九十]+[、.．)]|\\([0-9一二三四五六七八九十]+\\))?", "")
                    .replaceFirst("^其中[:：]", "");
            String field = HeaderWords.fieldOf(TableKind.THREE_PUBLIC, name);
            if (field != null && PARTS.contains(field)) {
                amounts.put(field, row.amount("total"));
                first = first == 0 ? row.sheetRow() : first;
            }
        }
        fields.clear();
        fields.addAll(amounts.keySet());
        if (amounts.isEmpty()) {
            return List.of();
        }
        return List.of(new ReadRow(first, ReadRow.Kind.ITEM, "", "", amounts, Set.of(), "", ""));
    }
}
