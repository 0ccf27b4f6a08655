package org.budgetdesk.export.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.budgetdesk.export.xlsx.ColumnSpec;
import org.budgetdesk.export.xlsx.RowSpec;
import org.budgetdesk.export.xlsx.TableTemplate;
import org.budgetdesk.model.FundingSource;

/**
 * A user's own sheets, when the workbook is no table set: any sheet with a code column (or codes in the name
 * cells) and amount columns headed 人员经费, 公用经费, 基本支出, 项目支出 or 合计/金额/预算数. 7-digit functional codes
 * become 一般公共预算 lines, 5-digit economic codes (3…) basic expenditure; a sheet without such columns is passed
 * over.
 */
final class GenericSheets {
    /** Header words → the field they stand for, tried in this order. */
    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("code", List.of("科目编码", "编码", "代码"));
        FIELDS.put("name", List.of("科目名称", "名称", "科目", "项目"));
        FIELDS.put("personnel", List.of("人员经费"));
        FIELDS.put("publicCosts", List.of("公用经费"));
        FIELDS.put("basic", List.of("基本支出"));
        FIELDS.put("project", List.of("项目支出"));
        FIELDS.put("total", List.of("合计", "金额", "预算数", "小计"));
    }

    private GenericSheets() {
    }

    /** The figures of the workbook's code sheets, or null when it has none. */
    static ImportedFigures read(Workbook workbook) {
        List<Unreadable> problems = new ArrayList<>();
        ImportedFigures figures = new ImportedFigures("generic", problems);
        FigureCollector collector = new FigureCollector(figures);
        boolean any = false;
        for (Sheet sheet : workbook) {
            SheetTable table = SheetTable.read(sheet);
            Map<String, Integer> columns = columns(table.columnPaths());
            if (!columns.containsKey("name") || columns.keySet().stream().noneMatch(GenericSheets::isAmount)) {
                continue;
            }
            any = true;
            HiddenContent.note(sheet, table, figures.notes);
            if (figures.departmentName.isEmpty()) {
                figures.departmentName = table.department();
                figures.budgetYear = table.year();
            }
            TableReading reading = new TableReading(table, problems);
            Map<String, String> paths = new LinkedHashMap<>();
            columns.forEach((field, column) -> paths.put(field, table.columnPaths().get(column)));
            reading.locate(paths);
            List<ReadRow> rows = reading.rows("合计");
            Set<String> fields = new HashSet<>(paths.keySet());
            PartsCheck.check(reading, rows, fields, problems);
            List<ColumnSpec> specs = paths.keySet().stream()
                    .map(field -> new ColumnSpec(field, field, List.of(), false, List.of())).toList();
            collector.add(template(sheet, "functional", specs), rows.stream()
                    .filter(row -> row.code().length() == 7 || row.code().length() == 3 && row.code().startsWith("2")
                            || row.code().length() == 5 && row.code().startsWith("2")).toList(), fields);
            collector.add(template(sheet, "economic", specs), rows.stream()
                    .filter(row -> row.code().length() == 5 && !row.code().startsWith("2")).toList(), fields);
        }
        if (!any) {
            return null;
        }
        collector.finish();
        return figures;
    }

    private static TableTemplate template(Sheet sheet, String builder, List<ColumnSpec> columns) {
        return new TableTemplate(sheet.getSheetName(), "", sheet.getSheetName(), null,
                new RowSpec(builder, List.of(FundingSource.GENERAL_PUBLIC_BUDGET), null, false, null, null, false),
                columns, null);
    }

    private static boolean isAmount(String field) {
        return !field.equals("code") && !field.equals("name");
    }

    /** Each field's column, by the last part of the header path; a column serves one field. */
    private static Map<String, Integer> columns(List<String> paths) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        FIELDS.forEach((field, words) -> {
            for (String word : words) {
                for (int c = 0; c < paths.size(); c++) {
                    String last = paths.get(c).substring(paths.get(c).lastIndexOf('/') + 1);
                    if (!taken.contains(c) && !columns.containsKey(field) && last.contains(word)) {
                        columns.put(field, c);
                        taken.add(c);
                    }
                }
            }
        });
        return columns;
    }
}
