package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.budgetdesk.export.ExportFormats;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.region.Region;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 文件 → 导出… lists every region there is (the shipped ones and any a folder on the class path adds), by its label,
 * with the project's region chosen first and the unit following the region.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogRegionsUiTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void theDialogListsTheRegionsWithTheProjectsChosen(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Dialogs.ExportChoice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ExportDialog.ask(owner, Messages.forLocale(Locale.SIMPLIFIED_CHINESE),
                ExportFormats.all(), regionOnly("sichuan-2024"), "测试")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportTables").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        ChoiceBox<Region> regions = robot.lookup("#exportTables").queryAs(ChoiceBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<DisplayUnit> unit = robot.lookup("#exportUnit").queryAs(ChoiceBox.class);
        assertThat(regions.getItems()).extracting(Region::name)
                .contains("sichuan-2021", "sichuan-2024", "central", "test-region");
        assertThat(regions.getValue().name()).isEqualTo("sichuan-2024");
        assertThat(regions.getConverter().toString(regions.getValue())).isEqualTo("四川省（2024年起：公开表1–公开表7）");
        assertThat(unit.getValue()).isEqualTo(DisplayUnit.WAN_YUAN);
        robot.interact(() -> regions.setValue(Region.named("test-yuan")));
        assertThat(unit.getValue()).as("the unit follows the region").isEqualTo(DisplayUnit.YUAN);

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> regions.setValue(Region.named("sichuan-2024")));
        save(robot.capture(pane).getImage(), Path.of("target", "screenshots", "export-dialog.png"));
        robot.interact(() -> button(pane, ButtonBar.ButtonData.CANCEL_CLOSE).fire());
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void aProjectWithoutARegionHasTheDefaultChosen(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Dialogs.ExportChoice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ExportDialog.ask(owner, Messages.forLocale(Locale.ENGLISH),
                ExportFormats.all(), regionOnly(""), "test")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportTables").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<Region> regions = robot.lookup("#exportTables").queryAs(ChoiceBox.class);
        assertThat(regions.getValue().name()).isEqualTo(Region.DEFAULT);
        assertThat(regions.getConverter().toString(regions.getValue())).isEqualTo("Sichuan, 2021 (表1–表5)");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> button(pane, ButtonBar.ButtonData.CANCEL_CLOSE).fire());
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    /** The dialog's button of a kind (OK, cancel), found by its role rather than by its words. */
    private static Button button(DialogPane pane, ButtonBar.ButtonData data) {
        return (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == data).findFirst().orElseThrow());
    }

    /** Defaults with nothing remembered but the table set: the project's region. */
    private static Dialogs.ExportDefaults regionOnly(String region) {
        return new Dialogs.ExportDefaults(null, null, region, null, false);
    }

    /** Keeps a picture of the dialog for a person to look at (target/screenshots). */
    private static void save(Image image, Path file) throws Exception {
        BufferedImage picture = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(picture, "png", file.toFile());
    }
}
