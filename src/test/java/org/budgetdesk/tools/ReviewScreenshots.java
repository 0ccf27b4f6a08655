package org.budgetdesk.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.budgetdesk.compare.Drafts;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.ui.MainWindow;
import org.budgetdesk.ui.charts.ChartsView;
import org.budgetdesk.ui.charts.PngImages;
import org.budgetdesk.ui.common.BackgroundWork;
import org.budgetdesk.ui.common.CjkFont;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.compare.CompareView;

/**
 * Takes the README's screenshots of the charts and of comparing drafts, with the sample project (compared with a
 * copy changed in three places), in a window of the given size with the workbench's font and style sheet. Run under
 * a real display (Xvfb): see the README. With {@code -Dscreenshots.scrolled=true} it also takes the charts scrolled
 * to the end ({@code charts-bars.png}). Not a test; lives here to stay out of the application jar.
 */
public final class ReviewScreenshots {
    private static Path folder;
    private static int width;
    private static int height;

    public static void main(String[] args) {
        folder = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        width = args.length > 1 ? Integer.parseInt(args[1]) : 1366;
        height = args.length > 2 ? Integer.parseInt(args[2]) : 768;
        Application.launch(Tour.class);
    }

    /** The application that shows each view and snapshots it. */
    public static final class Tour extends Application {
        private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        private final BorderPane root = new BorderPane();

        @Override
        public void start(Stage stage) throws Exception {
            Files.createDirectories(folder);
            root.setStyle(CjkFont.rootStyle());
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            Document charts = new Document(SampleProject.load(), null);
            Node chartsView = new ChartsView(charts, messages, new BackgroundWork()).node();
            show(chartsView, "charts.png", () -> {
                if (Boolean.getBoolean("screenshots.scrolled")) {
                    ((ScrollPane) chartsView.lookup("#chartsScroll")).setVvalue(1);
                    show(chartsView, "charts-bars.png", this::compare);
                } else {
                    compare();
                }
            });
        }

        /** The sample with three changes, compared with the sample as published. */
        private void compare() {
            Document later = new Document(Drafts.later(), null);
            CompareView compare = new CompareView(later, messages, place -> { });
            compare.compareWith(Drafts.earlier(), SampleProject.FILE_NAME);
            show(compare.node(), "compare.png", Platform::exit);
        }

        private void show(Node view, String file, Runnable next) {
            root.setCenter(view);
            root.requestFocus();
            PauseTransition settle = new PauseTransition(Duration.millis(800));
            settle.setOnFinished(event -> {
                try {
                    Files.write(folder.resolve(file), PngImages.encode(root.getScene().snapshot(null)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                next.run();
            });
            settle.play();
        }
    }
}
