package org.budgetdesk.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The fonts of the 公文 layout and the document's font table ({@code word/fontTable.xml}), which tells Word and WPS
 * what each font is where it is not installed: a GB2312 (charset 86) font of its family, and its usual stand-in
 * ({@code w:altName}: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体). So a computer without the
 * GB2312 fonts shows 仿宋 and 楷体, not a sans-serif default.
 */
final class DocxFonts {
    static final String FANGSONG = "仿宋_GB2312";
    static final String KAITI = "楷体_GB2312";
    static final String HEITI = "黑体";
    static final String SONGTI = "宋体";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    private static final String RELATION =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    /** name, stand-in, family, pitch, as Word itself writes them for these fonts. */
    private static final String[][] FONTS = {
        {FANGSONG, "仿宋", "modern", "fixed"},
        {KAITI, "楷体", "modern", "fixed"},
        {HEITI, "SimHei", "modern", "fixed"},
        {SONGTI, "SimSun", "auto", "variable"},
        {XIAOBIAOSONG, SONGTI, "roman", "fixed"},
        {"仿宋", "FangSong", "modern", "fixed"},
        {"楷体", "KaiTi", "modern", "fixed"},
    };

    private DocxFonts() {
    }

    /** Adds the font table to a new document. */
    static void install(XWPFDocument document) throws IOException {
        try {
            OPCPackage pack = document.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = pack.createPart(name, CONTENT_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml().getBytes(StandardCharsets.UTF_8));
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, RELATION);
        } catch (InvalidFormatException e) {
            throw new IOException("the font table cannot be added", e);
        }
    }

    private static String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (String[] font : FONTS) {
            xml.append("<w:font w:name=\"").append(font[0]).append("\"><w:altName w:val=\"").append(font[1])
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(font[2])
                    .append("\"/><w:pitch w:val=\"").append(font[3]).append("\"/></w:font>");
        }
        xml.append("<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
                + "<w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        return xml.toString();
    }
}
