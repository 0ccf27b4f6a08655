package org.budgetdesk.export.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Print-ready pages: A4, one page wide (as many long as needed), page numbers, and the orientation that takes fewer
 * pages, or prints larger when both take as many.
 */
final class PageSetup {
    /** What an A4 page holds at full size within these margins: width in digit widths, height in points. */
    static final int PORTRAIT_WIDTH = 100;
    static final int PORTRAIT_HEIGHT = 720;
    static final int LANDSCAPE_WIDTH = 145;
    static final int LANDSCAPE_HEIGHT = 470;

    private PageSetup() {
    }

    /**
     * @param width the table's width in digit widths
     * @param height the table's height in points
     */
    static void apply(Sheet sheet, int width, float height) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape(width, height));
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    static boolean landscape(int width, float height) {
        double portraitScale = Math.min(1.0, (double) PORTRAIT_WIDTH / width);
        double landscapeScale = Math.min(1.0, (double) LANDSCAPE_WIDTH / width);
        long portraitPages = pages(height, PORTRAIT_HEIGHT / portraitScale);
        long landscapePages = pages(height, LANDSCAPE_HEIGHT / landscapeScale);
        return landscapePages < portraitPages
                || landscapePages == portraitPages && landscapeScale > portraitScale + 0.05;
    }

    private static long pages(float height, double pageHeight) {
        return (long) Math.ceil(height / pageHeight);
    }
}
