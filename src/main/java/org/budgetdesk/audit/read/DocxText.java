package org.budgetdesk.audit.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetdesk.export.common.OfficeLibrary;

/**
 * The text of a Word (.docx) file: one line per paragraph, with the number Word puts before it (一、, （一）, 1.) when the
 * numbering is automatic, and one line per table row (cells parted by “ | ”).
 */
final class DocxText {
    static {
        OfficeLibrary.prepare();    // before POI loads
    }

    private DocxText() {
    }

    static String read(byte[] bytes, String name) throws UnreadableTextException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            WordNumbering numbering = new WordNumbering();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    out.append(numbering.label(paragraph)).append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replace('\n', ' ').strip());
                        }
                        out.append(String.join(" | ", cells)).append('\n');
                    }
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableTextException("audit.read.unreadable", name + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }
}
