package org.budgetdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdesk.export.importing.ImportException;
import org.budgetdesk.export.importing.ImportPlan;
import org.budgetdesk.export.importing.WorkbookImport;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Unit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a 一体化-style workbook of a department of 100 units × 60 functional lines: one sheet per unit
 * (“2.20单位一般公共预算拨款表（单位N）”, in 元, without a unit line), read through the recognised mapping, and the plan
 * for the department, unit by unit, in a JVM limited to 256 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class YitihuaImportBenchmark {
    private Department department;
    private Path folder;
    private Path workbook;

    @Setup
    public void setUp() throws IOException {
        department = GeneratedDepartment.build(100, 60, 30);
        folder = Files.createTempDirectory("budgetdesk-bench");
        workbook = folder.resolve("yitihua.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            int index = 0;
            for (Unit unit : department.units()) {
                Sheet sheet = book.createSheet("2.20单位一般公共预算拨款表（" + index++ + "）");
                sheet.createRow(0).createCell(0).setCellValue("单位名称：" + unit.name().get());
                Row header = sheet.createRow(1);
                String[] headers = {"科目编码", "科目名称", "人员经费", "公用经费", "项目支出"};
                for (int c = 0; c < headers.length; c++) {
                    header.createCell(c).setCellValue(headers[c]);
                }
                int r = 2;
                for (FunctionalLine line : unit.functional().lines()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(line.itemCode());
                    row.createCell(1).setCellValue("科目");
                    row.createCell(2).setCellValue(line.personnel().get().doubleValue());
                    row.createCell(3).setCellValue(line.publicCosts().get().doubleValue());
                    row.createCell(4).setCellValue(line.project().get().doubleValue());
                }
            }
            book.write(out);
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(workbook);
        Files.delete(folder);
    }

    @Benchmark
    public ImportPlan importOneSheetPerUnit() throws ImportException {
        return ImportPlan.of(department, WorkbookImport.read(workbook), false);
    }
}
