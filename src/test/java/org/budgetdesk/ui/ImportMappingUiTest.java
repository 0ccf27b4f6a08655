package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.export.common.OfficeLibrary;
import org.budgetdesk.export.importing.ImportMapping;
import org.budgetdesk.export.importing.MappingStore;
import org.budgetdesk.export.importing.TableKind;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 文件 → 导入 Excel… with a workbook that is none of BudgetDesk's own sets: the mapping dialog shows the sheet as
 * recognised, the person maps the column BudgetDesk did not know, the figures come in, and next time the corrected
 * mapping is the one offered.
 */
@ExtendWith(ApplicationExtension.class)
class ImportMappingUiTest {
    static {
        OfficeLibrary.prepare();    // the workbooks made here load POI before the import does
    }

    @TempDir
    Path folder;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        window = MainWindows.showing(stage, new Department("测试局", 2025), dialogs);
    }

    private Path workbook() throws Exception {
        Path file = folder.resolve("一体化.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("2.20单位一般公共预算拨款表");
            sheet.createRow(0).createCell(0).setCellValue("单位：元");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("科目编码");
            header.createCell(1).setCellValue("科目名称");
            header.createCell(2).setCellValue("年初批复数");
            Row line = sheet.createRow(2);
            line.createCell(0).setCellValue("2010101");
            line.createCell(1).setCellValue("行政运行");
            line.createCell(2).setCellValue(1234.5);
            book.write(out);
        }
        return file;
    }

    @Test
    void thePersonMapsTheUnknownColumnTheFiguresComeInAndTheMappingIsOfferedAgain(FxRobot robot) throws Exception {
        dialogs.workbookToImport = workbook();
        window.importActions().useMappingStore(new MappingStore(folder.resolve("mappings")));

        robot.interact(() -> window.importActions().importExcel(false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#mappingColumn0-2").tryQuery()
                .isPresent());
        ComboBox<TableKind> table = robot.lookup("#mappingTable0").queryComboBox();
        ComboBox<String> amount = robot.lookup("#mappingColumn0-2").queryComboBox();
        assertThat(table.getValue()).isEqualTo(TableKind.GENERAL_BUDGET);
        assertThat(robot.lookup("#mappingColumn0-0").queryComboBox().getValue()).isEqualTo("code");
        assertThat(amount.getValue()).isEmpty();
        robot.interact(() -> amount.getSelectionModel().select("project"));
        assertThat(amount.getValue()).isEqualTo("project");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ButtonType ok = pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(ok)).fire());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusNotice").queryLabeled().getText().contains("已导入"));
        var line = window.document().department().ownUnit().functional()
                .find("2010101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
        assertThat(line.project().get()).isEqualByComparingTo("1234.50");

        List<ImportMapping> offered = new ArrayList<>();
        window.importActions().useMappingEditor((layout, proposed) -> {
            offered.add(proposed);
            return Optional.empty();
        });
        robot.interact(() -> window.importActions().importExcel(false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !offered.isEmpty());
        assertThat(offered.get(0).sheets().get(0).columns()).containsEntry("年初批复数", "project");
    }

    @Test
    void aWorkbookNothingWasRecognisedInIsOfferedUnmappedAndReadAsTheUsersOwnSheets(FxRobot robot)
            throws Exception {
        Path file = folder.resolve("mine.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("我的预算");
            sheet.createRow(0).createCell(0).setCellValue("单位：元");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("科目编码");
            header.createCell(1).setCellValue("科目名称");
            header.createCell(2).setCellValue("金额");
            Row line = sheet.createRow(2);
            line.createCell(0).setCellValue("2010101");
            line.createCell(1).setCellValue("行政运行");
            line.createCell(2).setCellValue(88);
            book.write(out);
        }
        dialogs.workbookToImport = file;
        window.importActions().useMappingStore(new MappingStore(folder.resolve("mappings")));
        List<ImportMapping> offered = new ArrayList<>();
        window.importActions().useMappingEditor((layout, proposed) -> {
            offered.add(proposed);
            return Optional.of(proposed);
        });

        robot.interact(() -> window.importActions().importExcel(false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusNotice").queryLabeled().getText().contains("已导入"));

        assertThat(offered).singleElement().satisfies(mapping -> assertThat(mapping.sheets()).isEmpty());
        assertThat(window.document().department().ownUnit().functional()
                .find("2010101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().project().get())
                .isEqualByComparingTo("88");
    }
}
