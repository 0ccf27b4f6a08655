package org.budgetdesk.audit.read;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budgetdesk.export.common.OfficeLibrary;

/**
 * The text layer of a PDF, lines in reading order, pages ended by a form feed, with the lines a page wraps joined
 * back and running heads and page numbers dropped ({@link LineJoiner}).
 */
final class PdfText {
    static {
        OfficeLibrary.prepare();    // before PDFBox loads: it logs through commons-logging, which picks the Log4j API
    }

    private PdfText() {
    }

    static String read(byte[] bytes, String name) throws UnreadableTextException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\f\n");
            return LineJoiner.join(stripper.getText(document));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableTextException("audit.read.unreadable", name + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }
}
