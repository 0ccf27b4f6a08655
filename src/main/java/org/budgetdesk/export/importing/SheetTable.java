package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet read as a table: the unit line (单位：万元 or 单位：元) and the factor to 元, the header block (one to three
 * rows, merged cells spread over the columns they cover) as a path per column (“基本支出/人员经费”), and the body rows
 * below it, each cell as {@link CellContent}.
 */
final class SheetTable {
    private static final Pattern UNIT = Pattern.compile("单位[:：](万元|元)");
    private static final Pattern CODE = Pattern.compile("([0-9]{3}|[0-9]{5}|[0-9]{7})(.*)");
    private static final int MAX_HEADER_ROWS = 3;
    private static final int UNIT_SEARCH_ROWS = 12;
    private static final Pattern DEPARTMENT = Pattern.compile("(?:部门|单位)(?:名称)?[:：](.+)");
    /** A unit named above its table: 单位名称：…, 预算单位：… or 单位：… (but not 单位：元). */
    private static final Pattern UNIT_NAME = Pattern.compile("(?:预算)?单位(?:名称)?[:：](.+)");
    private static final Pattern CURRENCY = Pattern.compile("(万元|元)(\\s.*)?");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})年");

    private final String name;
    private final BigDecimal factor;
    private final boolean unitFound;
    private final List<String> columnPaths;
    private final List<List<CellContent>> body;
    private final int firstBodyRow;
    private String department = "";
    private String unitName = "";
    private int year;
    /** Sheet row numbers (1-based) of hidden body rows that hold anything. */
    private final List<Integer> hiddenRows = new ArrayList<>();

    private SheetTable(String name, BigDecimal factor, boolean unitFound, List<String> columnPaths,
                       List<List<CellContent>> body, int firstBodyRow) {
        this.name = name;
        this.factor = factor;
        this.unitFound = unitFound;
        this.columnPaths = columnPaths;
        this.body = body;
        this.firstBodyRow = firstBodyRow;
    }

    static SheetTable read(Sheet sheet) {
        List<List<CellContent>> grid = grid(sheet);
        spreadMerged(sheet, grid);
        return read(sheet, grid, 0);
    }

    /**
     * The tables of a sheet that holds one block per unit, each under its own 单位名称 line; the sheet as one table
     * when it names at most one unit. Rows above the first unit line belong to the first block.
     */
    static List<SheetTable> blocks(Sheet sheet) {
        List<List<CellContent>> grid = grid(sheet);
        spreadMerged(sheet, grid);
        List<Integer> starts = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            if (!unitNameIn(grid.get(r)).isEmpty()) {
                starts.add(r);
            }
        }
        if (starts.size() < 2) {
            return List.of(read(sheet, grid, 0));
        }
        starts.set(0, 0);
        List<SheetTable> blocks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : grid.size();
            blocks.add(read(sheet, grid.subList(starts.get(i), end), starts.get(i)));
        }
        return blocks;
    }

    private static SheetTable read(Sheet sheet, List<List<CellContent>> grid, int offset) {
        int unitRow = -1;
        BigDecimal factor = BigDecimal.ONE;
        for (int r = 0; r < Math.min(UNIT_SEARCH_ROWS, grid.size()) && unitRow < 0; r++) {
            for (CellContent cell : grid.get(r)) {
                Matcher matcher = UNIT.matcher(cell.plain());
                if (matcher.find()) {
                    unitRow = r;
                    factor = matcher.group(1).equals("万元") ? BigDecimal.valueOf(10_000) : BigDecimal.ONE;
                    break;
                }
            }
        }
        int headerStart = unitRow >= 0 ? unitRow + 1 : firstTextRow(grid);
        int bodyStart = headerStart;
        while (bodyStart < grid.size() && bodyStart - headerStart < MAX_HEADER_ROWS && !isBodyRow(grid.get(bodyStart))) {
            bodyStart++;
        }
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        List<String> paths = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (int r = headerStart; r < bodyStart; r++) {
                String text = cell(grid, r, c).plain();
                if (!text.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(text))) {
                    parts.add(text);
                }
            }
            paths.add(String.join("/", parts));
        }
        List<List<CellContent>> body = new ArrayList<>(grid.subList(Math.min(bodyStart, grid.size()), grid.size()));
        SheetTable table = new SheetTable(sheet.getSheetName(), factor, unitRow >= 0, paths, body,
                offset + bodyStart);
        table.readHeading(grid.subList(0, Math.min(headerStart, grid.size())));
        for (int r = bodyStart; r < grid.size(); r++) {
            Row row = sheet.getRow(offset + r);
            if (row != null && row.getZeroHeight() && grid.get(r).stream().anyMatch(cell -> !cell.isBlank())) {
                table.hiddenRows.add(offset + r + 1);
            }
        }
        return table;
    }

    /** The department line (部门：…) and the year of the title (2021年…), above the header. */
    private void readHeading(List<List<CellContent>> rows) {
        for (List<CellContent> row : rows) {
            if (unitName.isEmpty()) {
                unitName = unitNameIn(row);
            }
            for (CellContent cell : row) {
                String text = cell.text().strip();
                Matcher department = DEPARTMENT.matcher(text);
                if (department.matches() && this.department.isEmpty()
                        && !CURRENCY.matcher(department.group(1).strip()).matches()) {
                    this.department = department.group(1).strip();
                }
                Matcher year = YEAR.matcher(text);
                if (year.find() && this.year == 0) {
                    this.year = Integer.parseInt(year.group(1));
                }
            }
        }
    }

    /** The unit a heading row names (单位名称：…), or "". */
    private static String unitNameIn(List<CellContent> row) {
        for (CellContent cell : row) {
            Matcher matcher = UNIT_NAME.matcher(cell.text().strip());
            if (matcher.matches() && !CURRENCY.matcher(matcher.group(1).strip()).matches()
                    && !matcher.group(1).contains("单位：")) {
                return matcher.group(1).strip();
            }
        }
        return "";
    }

    /** Whether a row belongs to the body: a number, a classification code, a total, or a 空表 statement. */
    static boolean isBodyRow(List<CellContent> row) {
        for (CellContent cell : row) {
            if (cell.number() != null || cell.problem() != null) {
                return true;
            }
        }
        String first = row.stream().map(CellContent::plain).filter(text -> !text.isEmpty()).findFirst().orElse("");
        boolean label = first.startsWith("合计") || first.startsWith("总计");
        // a header row may start with 合计 too (“合计 | 因公出国（境）费 | …”): a total row has no other labels
        boolean otherLabels = row.stream().map(CellContent::plain)
                .anyMatch(text -> !text.isEmpty() && !text.equals(first) && !AmountText.looksNumeric(text)
                        && !AmountText.read(text).dash());
        return CODE.matcher(first).matches() && !first.matches("[0-9]+年.*") || label && !otherLabels
                || first.contains("空表") || AmountText.looksNumeric(first);
    }

    private static int firstTextRow(List<List<CellContent>> grid) {
        for (int r = 0; r < grid.size(); r++) {
            if (grid.get(r).stream().filter(cell -> !cell.isBlank()).map(CellContent::plain).distinct().count() >= 2) {
                return r;
            }
        }
        return 0;
    }

    private static List<List<CellContent>> grid(Sheet sheet) {
        List<List<CellContent>> grid = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<CellContent> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(CellContent.of(row.getCell(c)));
                }
            }
            grid.add(cells);
        }
        return grid;
    }

    /** A merged header cell holds its text in its first cell: give it to every cell it covers. */
    private static void spreadMerged(Sheet sheet, List<List<CellContent>> grid) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            CellContent first = cell(grid, range.getFirstRow(), range.getFirstColumn());
            if (first.number() != null) {
                continue;
            }
            for (int r = range.getFirstRow(); r <= range.getLastRow() && r < grid.size(); r++) {
                List<CellContent> row = grid.get(r);
                while (row.size() <= range.getLastColumn()) {
                    row.add(CellContent.BLANK);
                }
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    row.set(c, first);
                }
            }
        }
    }

    private static CellContent cell(List<List<CellContent>> grid, int row, int column) {
        if (row < 0 || row >= grid.size() || column >= grid.get(row).size()) {
            return CellContent.BLANK;
        }
        return grid.get(row).get(column);
    }

    String name() {
        return name;
    }

    /** The department named above the table, or "". */
    String department() {
        return department;
    }

    /** The unit named above the table (单位名称：…), or "". */
    String unitName() {
        return unitName;
    }

    /** Sheet row numbers of hidden body rows that hold anything; they are read like the others. */
    List<Integer> hiddenRows() {
        return hiddenRows;
    }

    /** The year of the title, or 0. */
    int year() {
        return year;
    }

    /** 10000 for a sheet in 万元, 1 for one in 元. */
    BigDecimal factor() {
        return factor;
    }

    boolean unitFound() {
        return unitFound;
    }

    /** The header path of each column, left to right, e.g. “支出/项目”; "" for a column without a header. */
    List<String> columnPaths() {
        return columnPaths;
    }

    int bodyRowCount() {
        return body.size();
    }

    /** A body cell; blank past the row's end. */
    CellContent cell(int bodyRow, int column) {
        List<CellContent> row = body.get(bodyRow);
        return column < 0 || column >= row.size() ? CellContent.BLANK : row.get(column);
    }

    /** The row number a spreadsheet shows for a body row (1-based). */
    int sheetRow(int bodyRow) {
        return firstBodyRow + bodyRow + 1;
    }
}
