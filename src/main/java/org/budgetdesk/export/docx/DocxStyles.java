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
 * The paragraph styles of the explanation, created in the document because a new XWPFDocument has none: Normal
 * (宋体 12 pt, first line indented two characters, 1.5 lines, justified), Title (黑体 18 pt bold, centred) and Heading1–3
 * (黑体 16 pt bold / 14 / 12 pt, outline levels 0–2, so Word's navigation pane and table of contents see them).
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    private static final String LATIN_BODY_FONT = "Times New Roman";
    private static final int[] HEADING_HALF_POINTS = {32, 28, 24};

    private DocxStyles() {
    }

    /** The style id of a heading level: Heading1, Heading2, Heading3. */
    static String heading(int level) {
        return "Heading" + level;
    }

    static void install(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii(LATIN_BODY_FONT);
        defaults.setHAnsi(LATIN_BODY_FONT);
        defaults.setEastAsia(BODY_FONT);
        defaults.setCs(LATIN_BODY_FONT);
        styles.setDefaultFonts(defaults);
        styles.setEastAsia("zh-CN");

        CTStyle normal = style("Normal", "Normal", null);
        normal.addNewQFormat();
        CTPPrGeneral body = normal.addNewPPr();
        body.addNewJc().setVal(STJc.BOTH);
        // two characters: firstLineChars for Word and WPS, firstLine (2 × 12 pt in twips) for LibreOffice
        body.addNewInd().setFirstLineChars(BigInteger.valueOf(200));
        body.getInd().setFirstLine(BigInteger.valueOf(480));
        spacing(body, 0, 0).setLine(BigInteger.valueOf(360));
        fonts(normal.addNewRPr(), LATIN_BODY_FONT, BODY_FONT, 24);
        styles.addStyle(new XWPFStyle(normal, styles));

        CTStyle title = heading(TITLE, "Title", 0, 36);
        title.getPPr().addNewJc().setVal(STJc.CENTER);
        title.getRPr().addNewB();
        styles.addStyle(new XWPFStyle(title, styles));
        for (int level = 1; level <= 3; level++) {
            CTStyle heading = heading(heading(level), "heading " + level, level - 1, HEADING_HALF_POINTS[level - 1]);
            if (level == 1) {
                heading.getRPr().addNewB();
            }
            styles.addStyle(new XWPFStyle(heading, styles));
        }
    }

    private static CTStyle heading(String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = style(id, name, "Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        paragraph.addNewInd().setFirstLineChars(BigInteger.ZERO);
        paragraph.getInd().setFirstLine(BigInteger.ZERO);
        spacing(paragraph, 240, 120);
        fonts(style.addNewRPr(), HEADING_FONT, HEADING_FONT, halfPoints);
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

    private static CTSpacing spacing(CTPPrGeneral paragraph, int before, int after) {
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        return spacing;
    }

    private static void fonts(CTRPr run, String latin, String eastAsian, int halfPoints) {
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(latin);
        fonts.setHAnsi(latin);
        fonts.setEastAsia(eastAsian);
        fonts.setHint(STHint.EAST_ASIA);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }
}
