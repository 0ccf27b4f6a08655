package org.budgetdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Unit;

/**
 * The two inputs of {@code bench/side-by-side.sh}, from one generated department ({@link GeneratedDepartment}, fixed
 * seed): the project file, and the workbook a spreadsheet user would keep instead — a sheet per unit with its lines,
 * each line's total a SUM, the unit's totals by 类 and economic class SUMIFs over its lines; a first sheet 部门汇总
 * with one row per unit referring to those totals and the department's totals summing the rows. No formula has a
 * cached value, so the spreadsheet must compute them all, as it would after an edit.
 *
 * <p>{@code java -cp … org.budgetdesk.bench.SideBySideFiles UNITS FOLDER [FUNCTIONAL ECONOMIC]}.
 */
public final class SideBySideFiles {
    private static final List<String> CLASSES =
            List.of("201", "204", "205", "206", "207", "208", "210", "212", "213", "221");
    private static final int FIRST_LINE = 2;

    private SideBySideFiles() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        int units = Integer.parseInt(args[0]);
        Path folder = Files.createDirectories(Path.of(args[1]));
        int functional = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int economic = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Department department = GeneratedDepartment.build(units, functional, economic);
        new ProjectFiles().save(department, folder.resolve(units + ".budget"));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
             OutputStream out = Files.newOutputStream(folder.resolve(units + ".xlsx"))) {
            Sheet summary = workbook.createSheet("部门汇总");
            for (int u = 0; u < department.units().size(); u++) {
                writeUnit(workbook.createSheet("U" + (u + 1)), department.units().get(u));
            }
            writeSummary(summary, department.units().size());
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** Lines in rows 3…, then per unit: B1 total current, C1 total prior, and row 1 from E on the 类 totals. */
    private static void writeUnit(Sheet sheet, Unit unit) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("合计");
        int last = FIRST_LINE + unit.functional().lines().size() + unit.economic().lines().size();
        header.createCell(1).setCellFormula("SUM(F3:F" + last + ")");
        header.createCell(2).setCellFormula("SUM(G3:G" + last + ")");
        for (int c = 0; c < CLASSES.size(); c++) {
            header.createCell(4 + c).setCellFormula(
                    "SUMIF(A3:A" + last + ",\"" + CLASSES.get(c) + "*\",F3:F" + last + ")");
        }
        header.createCell(4 + CLASSES.size()).setCellFormula("SUMIF(A3:A" + last + ",\"301*\",C3:C" + last + ")");
        header.createCell(5 + CLASSES.size()).setCellFormula("SUMIF(A3:A" + last + ",\"302*\",C3:C" + last + ")");
        int r = FIRST_LINE;
        for (FunctionalLine line : unit.functional().lines()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.itemCode());
            row.createCell(1).setCellValue(line.purpose().get());
            row.createCell(2).setCellValue(line.personnel().get().doubleValue());
            row.createCell(3).setCellValue(line.publicCosts().get().doubleValue());
            row.createCell(4).setCellValue(line.project().get().doubleValue());
            row.createCell(5).setCellFormula("SUM(C" + r + ":E" + r + ")");
            row.createCell(6).setCellValue(line.prior().get().doubleValue());
        }
        for (EconomicLine line : unit.economic().lines()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.itemCode());
            row.createCell(2).setCellValue(line.current().get().doubleValue());
            row.createCell(6).setCellValue(line.prior().get().doubleValue());
        }
    }

    /** One row per unit referring to its totals; row 1 the department's totals over the rows. */
    private static void writeSummary(Sheet sheet, int units) {
        int columns = 2 + CLASSES.size() + 2;
        Row total = sheet.createRow(0);
        total.createCell(0).setCellValue("部门汇总");
        for (int c = 1; c <= columns; c++) {
            String column = CellReference.convertNumToColString(c);
            total.createCell(c).setCellFormula("SUM(" + column + "2:" + column + (units + 1) + ")");
        }
        for (int u = 0; u < units; u++) {
            Row row = sheet.createRow(u + 1);
            String unit = "U" + (u + 1);
            row.createCell(0).setCellValue(unit);
            row.createCell(1).setCellFormula(unit + "!B1");
            row.createCell(2).setCellFormula(unit + "!C1");
            for (int c = 0; c < CLASSES.size() + 2; c++) {
                row.createCell(3 + c).setCellFormula(unit + "!" + CellReference.convertNumToColString(4 + c) + "1");
            }
        }
    }
}
