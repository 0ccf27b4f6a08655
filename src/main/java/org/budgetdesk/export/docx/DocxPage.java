package org.budgetdesk.export.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The page of a 公文 (GB/T 9704-2012): A4, margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (a type area
 * of 156 × 225 mm), lines on a 28 pt grid, and the page number “— 1 —” in 宋体 四号 at the outside edge, one
 * character in: odd pages on the right, even pages on the left.
 */
final class DocxPage {
    /** A4 in twentieths of a point. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int TOP = mm(37);
    static final int BOTTOM = mm(35);
    static final int LEFT = mm(28);
    static final int RIGHT = mm(26);
    /**
     * The page number's dashes start 7 mm below the type area (GB/T 9704 §7.5), 28 mm from the edge; a 四号 line is
     * about 5 mm, so the footer ends 23 mm from the edge.
     */
    private static final int FOOTER = mm(23);
    private static final int HEADER = mm(15);
    /** One 四号 character, the page number's distance from the edge of the type area. */
    private static final int ONE_CHARACTER = 280;
    private static final String DASH = "— ";

    private DocxPage() {
    }

    /** A length in millimetres, in twentieths of a point, rounded. */
    static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 1440);
    }

    static void install(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER));
        margins.setFooter(BigInteger.valueOf(FOOTER));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = section.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(DocxStyles.LINE_PITCH));
        docx.setEvenAndOddHeadings(true);
        pageNumber(docx.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(docx.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    /** “— N —”, the number a PAGE field, one character in from the outside edge. */
    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph page = footer.createParagraph();
        page.setStyle(DocxStyles.FOOTER);
        page.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            page.setIndentationRight(ONE_CHARACTER);
        } else {
            page.setIndentationLeft(ONE_CHARACTER);
        }
        page.createRun().setText(DASH);
        page.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        page.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        page.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        page.createRun().setText("1");
        page.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        page.createRun().setText(" —");
    }
}
