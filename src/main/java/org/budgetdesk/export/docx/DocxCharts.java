package org.budgetdesk.export.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.budgetdesk.export.common.ChartImage;

/**
 * The charts appendix of the explanation: a new page, a heading, then each chart centred with its title under it, the
 * two kept on one page.
 */
final class DocxCharts {
    /** The heading; the explanation is always published in Chinese, whatever the workbench's language. */
    private static final String HEADING = "附：图表";
    /** The charts' width on the page: the text width of A4 with the document's margins. */
    private static final double WIDTH_POINTS = 15 * 72 / 2.54;

    private DocxCharts() {
    }

    static void appendix(XWPFDocument docx, List<ChartImage> charts) throws IOException {
        if (charts.isEmpty()) {
            return;
        }
        XWPFParagraph heading = docx.createParagraph();
        heading.setStyle(DocxStyles.heading(1));
        heading.setPageBreak(true);
        heading.createRun().setText(HEADING);
        for (int i = 0; i < charts.size(); i++) {
            ChartImage chart = charts.get(i);
            XWPFParagraph picture = docx.createParagraph();
            picture.setAlignment(ParagraphAlignment.CENTER);
            picture.setKeepNext(true); // the title under it goes to the next page with it, never alone
            XWPFRun run = picture.createRun();
            double height = WIDTH_POINTS * pngHeight(chart.png()) / pngWidth(chart.png());
            try {
                run.addPicture(new ByteArrayInputStream(chart.png()), Document.PICTURE_TYPE_PNG,
                        "chart" + (i + 1) + ".png", Units.toEMU(WIDTH_POINTS), Units.toEMU(height));
            } catch (InvalidFormatException e) {
                throw new IOException("chart " + chart.title() + " is not a PNG image", e);
            }
            XWPFParagraph caption = docx.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            caption.createRun().setText(chart.title());
        }
    }

    /** The width in a PNG's header (bytes 16–19, big-endian). */
    private static int pngWidth(byte[] png) {
        return readInt(png, 16);
    }

    /** The height in a PNG's header (bytes 20–23, big-endian). */
    private static int pngHeight(byte[] png) {
        return readInt(png, 20);
    }

    private static int readInt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xff) << 24) | ((bytes[offset + 1] & 0xff) << 16) | ((bytes[offset + 2] & 0xff) << 8)
                | (bytes[offset + 3] & 0xff);
    }
}
