package org.budgetdesk.export.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Recognises the workbooks a 预算管理一体化 system exports (see the README, “Importing Excel tables”): one sheet per
 * table, named like “2.20单位一般公共预算拨款表”, “3.21部门一般公共预算支出功能分类预算表” or only “部门预算 03 表”
 * (then the title in the sheet's first rows names the table), amounts in 元. Gives the {@link ImportMapping} of
 * every sheet it can read; narrative sheets and the 收支总表 are not read.
 */
final class YitihuaLayout {
    static final String NAME = "yitihua";
    /** The rows whose text names the table when the sheet's name does not. */
    private static final int TITLE_ROWS = 4;
    /** Words that name a table, tried in this order (the basic-expenditure table also names 一般公共预算). */
    private static final Map<TableKind, List<String>> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put(TableKind.BASIC_ECONOMIC, List.of("基本支出明细表", "基本支出部门预算经济分类", "基本支出经济分类",
                "基本支出预算表", "基本支出表"));
        TITLES.put(TableKind.THREE_PUBLIC, List.of("三公"));
        TITLES.put(TableKind.GENERAL_BUDGET, List.of("一般公共预算拨款表", "一般公共预算支出功能分类",
                "一般公共预算支出预算表", "一般公共预算支出表"));
        TITLES.put(TableKind.GOVERNMENT_FUND, List.of("政府性基金拨款表", "政府性基金预算支出功能分类",
                "政府性基金预算支出预算表", "政府性基金预算支出表", "政府性基金支出预算表"));
        TITLES.put(TableKind.STATE_CAPITAL, List.of("国有资本经营预算拨款表", "国有资本经营预算支出功能分类",
                "国有资本经营预算支出预算表", "国有资本经营预算支出表"));
        TITLES.put(TableKind.INCOME, List.of("收入总表"));
        TITLES.put(TableKind.SPENDING, List.of("支出总表"));
    }

    private YitihuaLayout() {
    }

    /** The mapping of the sheets recognised, or null when no sheet is a 一体化 table with readable columns. */
    static ImportMapping recognise(Workbook workbook) {
        return recognise(workbook, false);
    }

    /**
     * The mapping of the sheets recognised; with {@code partial} also of the sheets whose table is known but whose
     * columns are not all (for a person to complete), and then null only when no sheet is known at all.
     */
    static ImportMapping recognise(Workbook workbook, boolean partial) {
        List<SheetMapping> sheets = new ArrayList<>();
        for (Sheet sheet : workbook) {
            Optional<TableKind> kind = kindOf(sheet);
            if (kind.isEmpty()) {
                continue;
            }
            SheetTable table = SheetTable.read(sheet);
            Map<String, String> columns = HeaderWords.columns(kind.get(), table.columnPaths());
            if (partial || HeaderWords.readable(kind.get(), columns.values())) {
                sheets.add(new SheetMapping(sheet.getSheetName(), kind.get(), columns));
            }
        }
        return sheets.isEmpty() ? null : new ImportMapping(NAME, LayoutFingerprint.of(workbook), sheets);
    }

    /** The table a sheet is, by its name, else by the title in its first rows. */
    static Optional<TableKind> kindOf(Sheet sheet) {
        Optional<TableKind> byName = kindOf(sheet.getSheetName());
        if (byName.isPresent()) {
            return byName;
        }
        StringBuilder title = new StringBuilder();
        for (int r = 0; r < TITLE_ROWS && r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null) {
                row.forEach(cell -> title.append(CellContent.of(cell).text()).append(' '));
            }
        }
        return kindOf(title.toString());
    }

    static Optional<TableKind> kindOf(String text) {
        String plain = AmountText.normalise(text);
        if (plain.contains("收支总表")) {
            return Optional.empty();
        }
        for (Map.Entry<TableKind, List<String>> entry : TITLES.entrySet()) {
            for (String word : entry.getValue()) {
                if (plain.contains(AmountText.normalise(word))) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
