package org.budgetdesk.export.importing;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Hidden sheets and rows are read like the others (a hidden row of a table is still one of its lines, and its
 * 合计 includes it); the preview says where they are, so that nothing comes in unseen.
 */
final class HiddenContent {
    private HiddenContent() {
    }

    static void note(Sheet sheet, SheetTable table, List<Unreadable> notes) {
        Workbook workbook = sheet.getWorkbook();
        int index = workbook.getSheetIndex(sheet);
        Unreadable hiddenSheet = Unreadable.ofSheet(sheet.getSheetName(), "import.note.hiddenSheet", "");
        if ((workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)) && !notes.contains(hiddenSheet)) {
            notes.add(hiddenSheet);
        }
        table.hiddenRows().forEach(row -> notes.add(
                new Unreadable(sheet.getSheetName(), row, "", "import.note.hiddenRow", "")));
    }
}
