package org.budgetdesk.export.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What makes two workbooks “the same layout”, so that a mapping a person corrected is offered again: the set of
 * (table title or sheet name, column headers) of its sheets. Sheet names are left out where the title says what the
 * table is, so that next year's export, or another unit's, with the same columns has the same fingerprint.
 */
final class LayoutFingerprint {
    private LayoutFingerprint() {
    }

    /** 16 hex digits of SHA-256 over the sheets' kinds (or names) and header paths, order and duplicates ignored. */
    static String of(Workbook workbook) {
        TreeSet<String> sheets = new TreeSet<>();
        for (Sheet sheet : workbook) {
            String kind = YitihuaLayout.kindOf(sheet).map(TableKind::id).orElse(sheet.getSheetName());
            sheets.add(kind + "|" + String.join("|", SheetTable.read(sheet).columnPaths()));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", sheets).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
