package org.budgetdesk.tools;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.ui.MainWindow;

/**
 * Takes the README's screenshots: the workbench with the sample project at a given size, one PNG per tab.
 * Run under a real display (Xvfb): see the README. Not a test; lives here to stay out of the application jar.
 */
public final class Screenshots {
    private static Path folder;
    private static int width;
    private static int height;

    public static void main(String[] args) {
        folder = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        width = args.length > 1 ? Integer.parseInt(args[1]) : 1366;
        height = args.length > 2 ? Integer.parseInt(args[2]) : 768;
        Application.launch(Tour.class);
    }

    /** The application that walks the tabs; separate because a main class must not extend Application. */
    public static final class Tour extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            Files.createDirectories(folder);
            MainWindow window = MainWindow.create(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
            window.document().open(SampleProject.load(), null);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            window.show();
            TabPane tabs = (TabPane) stage.getScene().lookup("#sectionTabs");
            this.window = window;
            shoot(stage, tabs, 0);
        }

        private MainWindow window;

        /** After the tabs: the functional table scrolled right, the export dialog, and an export under way. */
        private void extras(Stage stage, TabPane tabs) {
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(tab -> "functionalTab".equals(tab.getId())).findFirst().orElseThrow());
            later(600, () -> {
                stage.getScene().lookup("#functionalTable").lookupAll(".scroll-bar").stream()
                        .map(node -> (javafx.scene.control.ScrollBar) node)
                        .filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                        .forEach(bar -> bar.setValue(bar.getMax()));
                later(400, () -> {
                    write(stage.getScene().snapshot(null), folder.resolve("functional-scrolled.png"));
                    Platform.runLater(() -> window.dialogs().askExport(
                            org.budgetdesk.export.ExportFormats.all(),
                            new org.budgetdesk.ui.Dialogs.ExportDefaults(null, "xlsx", null, null, false), "示例"));
                    later(900, () -> {
                        javafx.stage.Window.getWindows().stream().filter(other -> other != stage)
                                .filter(javafx.stage.Window::isShowing).findFirst().ifPresent(dialog -> {
                                    write(dialog.getScene().snapshot(null), folder.resolve("export-dialog.png"));
                                    dialog.hide();
                                });
                        exportUnderWay(stage);
                    });
                });
            });
        }

        private void exportUnderWay(Stage stage) {
            try {
                Path output = Files.createTempDirectory("screenshots").resolve("公开表.xlsx");
                window.exportActions().run(new org.budgetdesk.ui.Dialogs.ExportChoice(
                        org.budgetdesk.export.ExportFormats.byId("xlsx").orElseThrow(),
                        org.budgetdesk.export.common.ExportOptions.defaults(), output, false));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            later(700, () -> {      // under way, the bar part-filled (the first export of a JVM takes over a second)
                write(stage.getScene().snapshot(null), folder.resolve("export-progress.png"));
                later(4000, Platform::exit);
            });
        }

        private static void later(double millis, Runnable action) {
            PauseTransition pause = new PauseTransition(Duration.millis(millis));
            pause.setOnFinished(event -> action.run());
            pause.play();
        }

        private void shoot(Stage stage, TabPane tabs, int index) {
            if (index >= tabs.getTabs().size()) {
                extras(stage, tabs);
                return;
            }
            Tab tab = tabs.getTabs().get(index);
            tabs.getSelectionModel().select(tab);
            PauseTransition settle = new PauseTransition(Duration.millis(600));
            settle.setOnFinished(event -> {
                write(stage.getScene().snapshot(null), folder.resolve("tab-" + tab.getId() + ".png"));
                shoot(stage, tabs, index + 1);
            });
            settle.play();
        }

        private static void write(WritableImage image, Path file) {
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    buffered.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            try {
                ImageIO.write(buffered, "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
