package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeSource;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 工具 → 导入科目表…: the file is read in the background, previewed, stored when confirmed, and the views follow. */
@ExtendWith(ApplicationExtension.class)
class CatalogImportUiTest {
    @TempDir
    static Path folder;
    private final CatalogLibrary before = CatalogLibrary.standard();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        CatalogLibrary.setStandard(CatalogLibrary.withImportedLists(folder.resolve("catalogs")));
        Department department = SampleProject.load();
        department.ownUnit().functional().add(new FunctionalLine("2013101"));
        window = MainWindows.showing(stage, department, dialogs);
    }

    @AfterEach
    void restore() {
        CatalogLibrary.setStandard(before);
    }

    @Test
    void theChosenListIsPreviewedStoredAndUsed(FxRobot robot) throws Exception {
        Path list = folder.resolve("科目.csv");
        Files.write(list, "科目编码,科目名称\r\n201,一般公共服务支出\r\n20131,党委办公厅（室）及相关机构事务\r\n2013101,行政运行\r\n201310101,目\r\n"
                .getBytes(Charset.forName("GBK")));
        dialogs.codeListFile = list;
        assertThat(window.document().catalog().find(CodeKind.FUNCTIONAL, "20131")).isEmpty();

        MenuRobot.choose(robot, stage, "menuImportCatalog");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.codeListPreview != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.questions).containsExactly("code list", "import 科目.csv");
        assertThat(dialogs.codeListPreview.summary()).containsExactly(
                "从科目.csv读取2021年支出功能分类科目（按编码判断）：工作表“科目.csv”，编码在A列、名称在B列，自第2行起",
                "类1个、款1个、项1个，共3个");
        assertThat(dialogs.codeListPreview.skipped()).containsExactly(
                "第1行：表格上方的标题、表头或说明：科目编码 | 科目名称",
                "第5行：目级科目（9位），本工作台只用类、款、项：201310101 | 目");
        assertThat(Files.exists(folder.resolve("catalogs/functional-2021.tsv"))).isTrue();
        assertThat(window.document().catalog().find(CodeKind.FUNCTIONAL, "20131")).get()
                .extracting(entry -> entry.source()).isEqualTo(CodeSource.IMPORTED);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#statusNotice").queryLabeled().getText().contains("已导入2021年支出功能分类科目"));
    }

    @Test
    void aFileWithoutCodesIsShownAsAnErrorAndNothingIsStored(FxRobot robot) throws Exception {
        Path list = folder.resolve("notes.txt");
        Files.writeString(list, "这里没有科目编码\n");
        dialogs.codeListFile = list;
        MenuRobot.choose(robot, stage, "menuImportCatalog");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).startsWith("无法导入科目表: notes.txt中没有找到科目编码：试过工作表“notes.txt”第1–1行、A–A列。");
        assertThat(dialogs.codeListPreview).isNull();
    }
}
