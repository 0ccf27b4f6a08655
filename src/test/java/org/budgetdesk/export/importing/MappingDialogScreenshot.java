package org.budgetdesk.export.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.ui.importing.MappingDialog;
import org.budgetdesk.ui.importing.MappingViewModel;

/**
 * Draws the import's mapping step (and the reading window beside it, as {@code reading-OUT.png}) for the 一体化 workbook of {@link YitihuaImportTest} (one amount column renamed to
 * a word BudgetDesk does not know) to a PNG, to look at. Run under Xvfb like {@code org.budgetdesk.tools.Screenshots}:
 * {@code java … org.budgetdesk.export.importing.MappingDialogScreenshot OUT.png}. Not a test.
 */
public final class MappingDialogScreenshot {
    private static Path out;

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "mapping.png");
        Application.launch(Shot.class);
    }

    private static java.awt.image.BufferedImage buffered(javafx.scene.image.WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        var buffered = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        return buffered;
    }

    public static final class Shot extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            var workbook = YitihuaImportTest.departmentWorkbook();
            workbook.getSheet("3.22部门政府性基金预算支出功能分类预算表").getRow(3).getCell(4).setCellValue("年初批复数");
            Path file = Files.createTempFile("mapping", ".xlsx");
            SheetBuilder.save(workbook, file);
            WorkbookLayout layout = WorkbookImport.layout(file);
            MappingDialog dialog = new MappingDialog(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
            stage.setScene(new Scene(dialog.content(new MappingViewModel(layout, layout.recognised())), 760, 760));
            stage.show();
            new org.budgetdesk.ui.importing.ReadingWindow(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE),
                    new javafx.beans.property.SimpleDoubleProperty(0.4)).show("正在读取 一体化.xlsx…", () -> { });
            Platform.runLater(() -> Platform.runLater(() -> {
                try {
                    ImageIO.write(buffered(stage.getScene().snapshot(null)), "png", out.toFile());
                    for (javafx.stage.Window window : javafx.stage.Window.getWindows()) {
                        if (window != stage) {
                            ImageIO.write(buffered(window.getScene().snapshot(null)), "png",
                                    out.resolveSibling("reading-" + out.getFileName()).toFile());
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                Platform.exit();
            }));
        }
    }
}
