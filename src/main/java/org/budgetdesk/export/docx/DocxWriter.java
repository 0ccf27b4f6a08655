package org.budgetdesk.export.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.budgetdesk.export.common.ChartImage;
import org.budgetdesk.export.common.OfficeLibrary;
import org.budgetdesk.io.AtomicFiles;
import org.budgetdesk.narrative.Block;
import org.budgetdesk.narrative.NarrativeDocument;
import org.budgetdesk.narrative.Span;

/**
 * Writes an explanation as a Word document laid out as a 公文 (GB/T 9704-2012, {@link DocxStyles}, {@link DocxPage}):
 * the title in the Title style, headings in real heading styles with their numbers, body paragraphs in the Normal
 * style, list items numbered as the explanation numbers them, placeholders highlighted in yellow, a line break typed
 * in a text a real break. The document's properties name the department as author, and the title.
 */
public final class DocxWriter {
    static {
        OfficeLibrary.prepare();    // before POI loads
    }

    private static final String APPLICATION = "BudgetDesk";

    private DocxWriter() {
    }

    /** Writes the document to a file, replacing it atomically. */
    public static void write(NarrativeDocument document, Path output) throws IOException {
        write(document, List.of(), output);
    }

    /** Writes the document with charts as an appendix, replacing the file atomically. */
    public static void write(NarrativeDocument document, List<ChartImage> charts, Path output) throws IOException {
        AtomicFiles.write(output, toBytes(document, charts, Author.NONE));
    }

    /** Writes the document with charts as an appendix and its author, replacing the file atomically. */
    public static void write(NarrativeDocument document, List<ChartImage> charts, Author author, Path output)
            throws IOException {
        AtomicFiles.write(output, toBytes(document, charts, author));
    }

    /**
     * Who publishes the document, for its properties.
     *
     * @param department the author (the department's name)
     * @param subject    what it is about (2021年部门预算)
     */
    public record Author(String department, String subject) {
        static final Author NONE = new Author("", "");
    }

    /** The .docx bytes of a document. */
    public static byte[] toBytes(NarrativeDocument document) throws IOException {
        return toBytes(document, List.of());
    }

    /** The .docx bytes of a document with charts as an appendix (none when the list is empty). */
    public static byte[] toBytes(NarrativeDocument document, List<ChartImage> charts) throws IOException {
        return toBytes(document, charts, Author.NONE);
    }

    private static byte[] toBytes(NarrativeDocument document, List<ChartImage> charts, Author author)
            throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.install(docx);
            DocxFonts.install(docx);
            DocxPage.install(docx);
            for (Block block : document.blocks()) {
                add(docx, block);
            }
            DocxCharts.appendix(docx, charts);
            properties(docx, document, author);
            docx.write(out);
            return out.toByteArray();
        }
    }

    private static void add(XWPFDocument docx, Block block) {
        if (block instanceof Block.Title title) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle(DocxStyles.TITLE);
            text(paragraph.createRun(), title.text());
        } else if (block instanceof Block.Heading heading) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle(DocxStyles.heading(heading.level()));
            text(paragraph.createRun(), heading.numbered());
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
            text(run, span.text());
            if (span.isPlaceholder()) {
                run.setTextHighlightColor("yellow");
                run.setColor("C00000");
            }
        }
    }

    /** A text into a run: each line break typed in it (\n, \r\n or \r) a real break, each tab a tab. */
    private static void text(XWPFRun run, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) {
                    run.addTab();
                }
                if (!cells[j].isEmpty()) {
                    run.setText(cells[j], run.getCTR().sizeOfTArray());
                }
            }
        }
    }

    /** Title, subject, author (the department) and application; never POI's own name. */
    private static void properties(XWPFDocument docx, NarrativeDocument document, Author author) {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        core.setTitle(titleOf(document));
        core.setCreator(author.department());
        core.setLastModifiedByUser(author.department());
        core.setSubjectProperty(author.subject());
        docx.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
    }

    private static String titleOf(NarrativeDocument document) {
        return document.blocks().stream().filter(Block.Title.class::isInstance).map(Block.Title.class::cast)
                .map(Block.Title::singleLine).findFirst().orElse("");
    }
}
