package org.budgetdesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.ui.MainWindow;
import org.budgetdesk.ui.MainWindows;
import org.budgetdesk.ui.MenuRobot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 工具 → 审核说明文本…: paste a text with a slip, or open a file, and see the finding. */
@ExtendWith(ApplicationExtension.class)
class AuditDialogUiTest {
    private static final String SLIP = "2021年某局收入预算总额为100万元，较上年预算数90万元增加12万元。";
    @TempDir
    Path folder;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = MainWindows.showing(stage, SampleProject.load());
    }

    private ListView<?> findings(FxRobot robot) {
        return robot.lookup("#auditFindings").queryAs(ListView.class);
    }

    @Test
    void aPastedTextWithASlipShowsTheFinding(FxRobot robot) throws Exception {
        MenuRobot.choose(robot, stage, "menuAudit");
        TextArea text = robot.lookup("#auditText").queryAs(TextArea.class);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(SLIP);
            Clipboard.getSystemClipboard().setContent(content);
            text.requestFocus();
            text.paste();
        });
        robot.clickOn("#auditRun");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !findings(robot).getItems().isEmpty());
        AuditRow row = (AuditRow) findings(robot).getItems().get(0);
        assertThat(row.kind()).isEqualTo("增减额不符");
        assertThat(row.message()).contains(SLIP.substring(0, 20), "应为+10万元");
        assertThat(robot.lookup("#auditStatus").queryLabeled().getText()).contains("1 个错误");
    }

    @Test
    void anOpenedFileIsAuditedAgainstTheOpenProject(FxRobot robot) throws Exception {
        Path seed = folder.resolve("seed.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/budgetdesk/audit/leshan-2021-published.txt")) {
            Files.write(seed, in.readAllBytes());
        }
        MenuRobot.choose(robot, stage, "menuAudit");
        robot.interact(() -> window.auditWindow().setChooser(() -> Optional.of(seed)));
        robot.clickOn("#auditUseProject");
        robot.clickOn("#auditOpen");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findings(robot).getItems().size() == 4);
        assertThat(robot.lookup("#auditText").queryAs(TextArea.class).getText())
                .isEqualTo(Files.readString(seed, StandardCharsets.UTF_8));
        assertThat(findings(robot).getItems()).extracting(item -> ((AuditRow) item).kind())
                .contains("与项目数据不符", "年度不符");
    }
}
