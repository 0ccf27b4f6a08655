package org.budgetdesk.export.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The named styles of the explanation, laid out as a Chinese official document (公文, GB/T 9704-2012), so a user
 * changes the look of every paragraph of a kind by changing its style. Created in the document, since a new
 * XWPFDocument has none:
 * <ul>
 *   <li>Normal: 仿宋_GB2312 三号 (16 pt) condensed by 0.3 pt (28 characters a line), exactly 28 pt a line, first
 *       line indented two characters, justified;</li>
 *   <li>Title: 方正小标宋简体 二号 (22 pt), centred, body text in the outline (not a heading);</li>
 *   <li>Heading1 (一、) 黑体 三号, Heading2 (（一）) 楷体_GB2312 三号, Heading3 (1.) 仿宋_GB2312 三号 bold, indented
 *       like the body, at outline levels 0–2, so Word's navigation pane and table of contents see them;</li>
 *   <li>Footer: the page number “— 1 —” in 宋体 四号 (14 pt).</li>
 * </ul>
 * Latin text is Times New Roman; where a Chinese font is missing, the font table ({@link DocxFonts}) names its
 * stand-in.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String FOOTER = "Footer";
    /** 三号: the body and every heading. */
    static final int SIZE_3 = 32;
    /** 28 pt, in twentieths of a point: the fixed line pitch. */
    static final int LINE_PITCH = 560;
    /**
     * The body's characters 0.3 pt closer (in twentieths of a point), so that 28 of them fill the 156 mm line as
     * GB/T 9704 asks: 28 × 16 pt is 448 pt, the line 442.2 pt, 28 × 15.7 pt 439.6 pt. (−0.25 pt would fit too, but
     * LibreOffice then drops some punctuation at line ends.) Headings, based on Normal, inherit it.
     */
    static final int CONDENSED = -6;
    private static final int SIZE_2 = 44;
    private static final int SIZE_4 = 28;
    private static final String LATIN = "Times New Roman";

    private DocxStyles() {
    }

    /** The style id of a heading level: Heading1, Heading2, Heading3. */
    static String heading(int level) {
        return "Heading" + level;
    }

    static void install(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii(LATIN);
        defaults.setHAnsi(LATIN);
        defaults.setEastAsia(DocxFonts.FANGSONG);
        defaults.setCs(LATIN);
        styles.setDefaultFonts(defaults);
        styles.setEastAsia("zh-CN");

        CTStyle normal = style("Normal", "Normal", null);
        normal.addNewQFormat();
        CTPPrGeneral body = normal.addNewPPr();
        body.addNewJc().setVal(STJc.BOTH);
        indentTwoCharacters(body);
        exactLines(body);
        fonts(normal.addNewRPr(), DocxFonts.FANGSONG, SIZE_3, false, CONDENSED);
        styles.addStyle(new XWPFStyle(normal, styles));

        CTStyle title = paragraphStyle(TITLE, "Title", DocxFonts.XIAOBIAOSONG, SIZE_2, false);
        title.getPPr().addNewJc().setVal(STJc.CENTER);
        title.getPPr().addNewInd().setFirstLineChars(BigInteger.ZERO);
        title.getPPr().getInd().setFirstLine(BigInteger.ZERO);
        // a 二号 line does not fit the 28 pt pitch: the title's lines are 36 pt apart, with a blank line under it
        title.getPPr().getSpacing().setLine(BigInteger.valueOf(720));
        title.getPPr().getSpacing().setAfter(BigInteger.valueOf(LINE_PITCH));
        title.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(9));
        styles.addStyle(new XWPFStyle(title, styles));

        String[] headingFonts = {DocxFonts.HEITI, DocxFonts.KAITI, DocxFonts.FANGSONG};
        for (int level = 1; level <= 3; level++) {
            CTStyle heading = paragraphStyle(heading(level), "heading " + level, headingFonts[level - 1], SIZE_3,
                    level == 3);
            heading.getPPr().addNewKeepNext();
            heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
            styles.addStyle(new XWPFStyle(heading, styles));
        }

        CTStyle footer = paragraphStyle(FOOTER, "footer", DocxFonts.SONGTI, SIZE_4, false);
        footer.getRPr().getRFontsArray(0).setAscii(DocxFonts.SONGTI);
        footer.getRPr().getRFontsArray(0).setHAnsi(DocxFonts.SONGTI);
        footer.getPPr().getSpacing().setLineRule(STLineSpacingRule.AUTO);
        footer.getPPr().getSpacing().setLine(BigInteger.valueOf(240));
        footer.getPPr().addNewInd().setFirstLineChars(BigInteger.ZERO);
        footer.getPPr().getInd().setFirstLine(BigInteger.ZERO);
        styles.addStyle(new XWPFStyle(footer, styles));
    }

    /** A paragraph style based on Normal, followed by Normal, in its own East-Asian font and size. */
    private static CTStyle paragraphStyle(String id, String name, String eastAsian, int halfPoints, boolean bold) {
        CTStyle style = style(id, name, "Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        exactLines(paragraph);
        fonts(style.addNewRPr(), eastAsian, halfPoints, bold, 0);
        return style;
    }

    private static CTStyle style(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        } else {
            style.setDefault(true);
        }
        return style;
    }

    /** Two characters: firstLineChars for Word and WPS, firstLine (2 × 16 pt in twips) for LibreOffice. */
    private static void indentTwoCharacters(CTPPrGeneral paragraph) {
        paragraph.addNewInd().setFirstLineChars(BigInteger.valueOf(200));
        paragraph.getInd().setFirstLine(BigInteger.valueOf(2 * SIZE_3 * 10));
    }

    /** Lines exactly 28 pt apart, nothing before or after the paragraph. */
    private static CTSpacing exactLines(CTPPrGeneral paragraph) {
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(LINE_PITCH));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        return spacing;
    }

    /**
     * The fonts, weight, spacing and size of a style, in the order of the schema's sequence (rFonts, b, bCs, spacing,
     * sz, szCs), which the strictest readers expect.
     *
     * @param spacing twentieths of a point added between characters (negative: condensed); 0 for none
     */
    private static void fonts(CTRPr run, String eastAsian, int halfPoints, boolean bold, int spacing) {
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(LATIN);
        fonts.setHAnsi(LATIN);
        fonts.setEastAsia(eastAsian);
        fonts.setCs(LATIN);
        fonts.setHint(STHint.EAST_ASIA);
        if (bold) {
            run.addNewB();
            run.addNewBCs();
        }
        if (spacing != 0) {
            run.addNewSpacing().setVal(BigInteger.valueOf(spacing));
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }
}
