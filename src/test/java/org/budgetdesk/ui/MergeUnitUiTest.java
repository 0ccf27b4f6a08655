package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 文件 → 导入 Excel… given a unit's own .budget: a preview of the differences, then the unit replaced in one step. */
@ExtendWith(ApplicationExtension.class)
class MergeUnitUiTest {
    @TempDir
    Path folder;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private static Unit school(String personnel) {
        Unit unit = new Unit("实验小学");
        FunctionalLine line = new FunctionalLine("2050201", FundingSource.GENERAL_PUBLIC_BUDGET);
        line.personnel().set(new BigDecimal(personnel));
        unit.functional().add(line);
        return unit;
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.create(stage, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        window.setDialogs(dialogs);
        Department department = new Department("教育局", 2025);
        department.units().add(school("10.00"));
        window.document().open(department, null);
        window.show();
    }

    @Test
    void theSchoolsOwnProjectReplacesItsUnitAfterThePreviewAndUndoTakesItBack(FxRobot robot) throws Exception {
        Department own = new Department("实验小学", 2025);
        own.units().set(0, school("20.00"));
        Path file = folder.resolve("实验小学.budget");
        new ProjectFiles().save(own, file);
        dialogs.workbookToImport = file;

        robot.interact(() -> window.importActions().importExcel(false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusNotice").queryLabeled().getText().contains("已合并"));

        assertThat(dialogs.questions).last().asString().contains("替换单位：实验小学", "10.00", "20.00");
        Department department = window.document().department();
        assertThat(department.units().get(1).functional().lines().get(0).personnel().get())
                .isEqualByComparingTo("20");
        robot.interact(() -> window.document().undoManager().undo());
        assertThat(department.units().get(1).functional().lines().get(0).personnel().get())
                .isEqualByComparingTo("10");
    }
}
