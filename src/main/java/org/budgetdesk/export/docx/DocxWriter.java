package org.budgetdesk.export.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.budgetdesk.export.common.ChartImage;
import org.budgetdesk.io.AtomicFiles;
import org.budgetdesk.narrative.Block;
import org.budgetdesk.narrative.NarrativeDocument;
import org.budgetdesk.narrative.Span;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes an explanation as a Word document: headings in real heading styles with their numbers, body paragraphs in
 * the Normal style, list items numbered as the explanation numbers them, placeholders highlighted in yellow, A4 with
 * 2.54 cm / 3.18 cm margins and the page number in the footer.
 */
public final class DocxWriter {
    static {
        // POI's logging goes through the Log4j API, which warns on stderr when no provider is found (TOOLCHAIN.md)
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /** A4 in twentieths of a point. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN_TOP_BOTTOM = 1440;
    private static final int MARGIN_LEFT_RIGHT = 1800;

    private DocxWriter() {
    }

    /** Writes the document to a file, replacing it atomically. */
    public static void write(NarrativeDocument document, Path output) throws IOException {
        write(document, List.of(), output);
    }

    /** Writes the document with charts as an appendix, replacing the file atomically. */
    public static void write(NarrativeDocument document, List<ChartImage> charts, Path output) throws IOException {
        AtomicFiles.write(output, toBytes(document, charts));
    }

    /** The .docx bytes of a document. */
    public static byte[] toBytes(NarrativeDocument document) throws IOException {
        return toBytes(document, List.of());
    }

    /** The .docx bytes of a document with charts as an appendix (none when the list is empty). */
    public static byte[] toBytes(NarrativeDocument document, List<ChartImage> charts) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.install(docx);
            pageSetup(docx);
            for (Block block : document.blocks()) {
                add(docx, block);
            }
            DocxCharts.appendix(docx, charts);
            docx.getProperties().getCoreProperties().setTitle(titleOf(document));
            docx.write(out);
            return out.toByteArray();
        }
    }

    private static void add(XWPFDocument docx, Block block) {
        if (block instanceof Block.Title title) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle(DocxStyles.TITLE);
            String[] lines = title.text().split("\n");
            for (int i = 0; i < lines.length; i++) {
                XWPFRun run = paragraph.createRun();
                run.setText(lines[i]);
                if (i < lines.length - 1) {
                    run.addBreak();
                }
            }
        } else if (block instanceof Block.Heading heading) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle(DocxStyles.heading(heading.level()));
            paragraph.createRun().setText(heading.numbered());
        } else if (block instanceof Block.Paragraph paragraph) {
            spans(docx.createParagraph(), "", paragraph.spans());
        } else if (block instanceof Block.NumberedList list) {
            for (Block.ListItem item : list.items()) {
                String number = item.number();
                for (Block.Paragraph paragraph : item.paragraphs()) {
                    spans(docx.createParagraph(), number, paragraph.spans());
                    number = "";
                }
            }
        }
    }

    private static void spans(XWPFParagraph paragraph, String number, List<Span> spans) {
        if (!number.isEmpty()) {
            paragraph.createRun().setText(number);
        }
        for (Span span : spans) {
            XWPFRun run = paragraph.createRun();
            run.setText(span.text());
            if (span.isPlaceholder()) {
                run.setTextHighlightColor("yellow");
                run.setColor("C00000");
            }
        }
    }

    private static void pageSetup(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT_RIGHT));
        margins.setRight(BigInteger.valueOf(MARGIN_LEFT_RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.ZERO);
        XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph page = footer.createParagraph();
        page.setAlignment(ParagraphAlignment.CENTER);
        page.setIndentationFirstLine(0);
        page.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static String titleOf(NarrativeDocument document) {
        return document.blocks().stream().filter(Block.Title.class::isInstance).map(Block.Title.class::cast)
                .map(Block.Title::singleLine).findFirst().orElse("");
    }
}
