package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.budgetdesk.export.ExportFormat;
import org.budgetdesk.export.ExportFormats;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.region.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export question starts from the last answers, and from the defaults before the first export. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogUiTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    private Window open(FxRobot robot, Dialogs.ExportDefaults defaults) throws Exception {
        FxDialogs dialogs = new FxDialogs(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        Platform.runLater(() -> dialogs.askExport(ExportFormats.all(), defaults, "示例"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        return dialog();
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(window -> window != stage && window.isShowing()).findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static <T> ChoiceBox<T> choice(Window dialog, String id) {
        return (ChoiceBox<T>) dialog.getScene().lookup("#" + id);
    }

    @Test
    void theLastAnswersAreChosenAgain(FxRobot robot) throws Exception {
        Window dialog = open(robot, new Dialogs.ExportDefaults(null, "docx", "central", DisplayUnit.YUAN, true));

        assertThat(this.<ExportFormat>choice(dialog, "exportFormat").getValue().id()).isEqualTo("docx");
        assertThat(this.<DisplayUnit>choice(dialog, "exportUnit").getValue()).isEqualTo(DisplayUnit.YUAN);
        assertThat(this.<Region>choice(dialog, "exportTables").getValue().name()).isEqualTo("central");
        assertThat(((CheckBox) dialog.getScene().lookup("#exportCharts")).isSelected()).isTrue();
        robot.interact(dialog::hide);
    }

    @Test
    void beforeTheFirstExportTheDialogStartsFromTheFirstFormatInWanYuan(FxRobot robot) throws Exception {
        Window dialog = open(robot, new Dialogs.ExportDefaults(null, null, null, null, false));

        assertThat(this.<ExportFormat>choice(dialog, "exportFormat").getValue())
                .isEqualTo(ExportFormats.all().get(0));
        assertThat(this.<DisplayUnit>choice(dialog, "exportUnit").getValue()).isEqualTo(DisplayUnit.WAN_YUAN);
        robot.interact(dialog::hide);
    }

    @Test
    void theButtonsSpeakTheWorkbenchsLanguageWhateverTheSystemsIs(FxRobot robot) throws Exception {
        Locale system = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            Window dialog = open(robot, new Dialogs.ExportDefaults(null, null, null, null, false));
            DialogPane pane = (DialogPane) dialog.getScene().getRoot();
            assertThat(pane.getButtonTypes()).extracting(type -> ((Button) pane.lookupButton(type)).getText())
                    .containsExactlyInAnyOrder("确定", "取消");
            assertThat(((javafx.stage.Stage) dialog).getTitle()).isEqualTo("导出");
            robot.interact(dialog::hide);
        } finally {
            Locale.setDefault(system);
        }
    }

}
