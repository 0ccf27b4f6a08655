package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body of a {@link SheetTable} against the columns a table expects (field → header path): finds each
 * column by its header, reads code and name (one cell “2010101 行政运行” or two), the amounts in 元, and the kind of
 * each row. Every cell that cannot be read becomes an {@link Unreadable}; so does every 合计, 类 or 款 row that is not
 * the sum of its parts (such rows are never imported as lines).
 */
final class TableReading {
    private static final Pattern CODE_NAME = Pattern.compile("([0-9]{3}(?:[0-9]{2}){0,2})\\s*(.*)");
    /** Fields a sheet may lack: the code, when it stands in the name cell (“2010101 行政运行”). */
    private static final Set<String> OPTIONAL_FIELDS = Set.of("code");
    private static final Set<String> TEXT_FIELDS = Set.of("code", "name", "income.name", "unit", "codeName", "goals",
            "indicators", "codeClass", "codeSection", "codeItem");
    /** The code in split columns (类 | 款 | 项), in this order. */
    private static final List<String> CODE_PARTS = List.of("codeClass", "codeSection", "codeItem");
    /** What an empty table's placeholder rows hold in their code and name cells. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[.…。·]+");

    private final SheetTable table;
    private final List<Unreadable> problems;
    private final Map<String, Integer> columns = new LinkedHashMap<>();

    TableReading(SheetTable table, List<Unreadable> problems) {
        this.table = table;
        this.problems = problems;
    }

    /**
     * Finds the columns of the fields by header path (“基本支出/人员经费”; a path matches when it ends with the
     * expected one, so an extra header level above is allowed). Returns the fields not found.
     */
    List<String> locate(Map<String, String> pathsByField) {
        List<String> missing = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        pathsByField.forEach((field, path) -> {
            String wanted = AmountText.normalise(path);
            int found = find(taken, have -> have.equals(wanted) || have.endsWith("/" + wanted));
            if (found < 0) {
                String last = wanted.substring(wanted.lastIndexOf('/') + 1);
                found = find(taken, have -> have.equals(last) || have.endsWith("/" + last));
            }
            if (found >= 0) {
                columns.put(field, found);
                taken.add(found);
            } else if (!OPTIONAL_FIELDS.contains(field)) {
                missing.add(field);
            }
        });
        return missing;
    }

    /** The first free column whose header path passes, or -1. */
    private int find(Set<Integer> taken, java.util.function.Predicate<String> matches) {
        List<String> paths = table.columnPaths();
        for (int c = 0; c < paths.size(); c++) {
            if (!taken.contains(c) && matches.test(paths.get(c))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a field holds text (code, name, unit), not an amount. */
    static boolean isText(String field) {
        return TEXT_FIELDS.contains(field);
    }

    /** Reads every body row that has a code, a name or an amount. */
    List<ReadRow> rows(String totalLabel) {
        List<ReadRow> rows = new ArrayList<>();
        for (int r = 0; r < table.bodyRowCount(); r++) {
            ReadRow row = row(r, totalLabel);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private ReadRow row(int r, String totalLabel) {
        String code = text(r, "code");
        String incomeName = text(r, "income.name");
        String name = text(r, "name");
        String label = AmountText.normalise(code.isEmpty() ? text(r, "codeClass") : code);
        if (name.isEmpty() && (label.equals("合计") || label.equals("总计"))) {
            name = label; // the 一体化 tables put 合计 in the code column
            code = "";
        }
        if (code.isEmpty()) {
            code = splitCode(r);
        }
        if (PLACEHOLDER.matcher(AmountText.normalise(code + name)).matches()) {
            return null;
        }
        if (code.isEmpty()) {
            Matcher matcher = CODE_NAME.matcher(name);
            if (matcher.matches() && !matcher.group(2).isEmpty() && !name.matches("[0-9]+年.*")) {
                code = matcher.group(1);
                name = matcher.group(2);
            }
        }
        if (name.contains("空表")) {
            return null;
        }
        Map<String, BigDecimal> amounts = new HashMap<>();
        Set<String> dashes = new HashSet<>();
        columns.forEach((field, column) -> {
            if (!TEXT_FIELDS.contains(field)) {
                amount(r, field, column, amounts, dashes);
            }
        });
        if (code.isEmpty() && name.isEmpty() && incomeName.isEmpty() && amounts.isEmpty()) {
            return null;
        }
        boolean total = name.equals(totalLabel) || name.equals("合计") || name.equals("总计");
        ReadRow.Kind kind = total ? ReadRow.Kind.TOTAL
                : code.length() == 7 || code.length() == 5 && !code.startsWith("2") ? ReadRow.Kind.ITEM
                : code.isEmpty() ? ReadRow.Kind.ITEM : ReadRow.Kind.GROUP;
        return new ReadRow(table.sheetRow(r), kind, code, name, amounts, dashes, incomeName, text(r, "unit"));
    }

    /** The code of split 类 | 款 | 项 columns (“201”, “01”, “01” → 2010101), "" when the sheet has none. */
    private String splitCode(int r) {
        StringBuilder code = new StringBuilder();
        for (String part : CODE_PARTS) {
            String text = AmountText.normalise(text(r, part));
            if (text.isEmpty() || !text.chars().allMatch(Character::isDigit)) {
                break;
            }
            code.append(text);
        }
        return code.toString();
    }

    private void amount(int r, String field, int column, Map<String, BigDecimal> amounts, Set<String> dashes) {
        CellContent cell = table.cell(r, column);
        String where = Unreadable.letters(column);
        if (cell.problem() != null) {
            problems.add(new Unreadable(table.name(), table.sheetRow(r), where, cell.problem(), cell.text()));
            return;
        }
        BigDecimal value = cell.number();
        if (value == null) {
            AmountText.Reading reading = AmountText.read(cell.text());
            if (!reading.readable()) {
                problems.add(new Unreadable(table.name(), table.sheetRow(r), where, reading.problem(), cell.text()));
                return;
            }
            if (reading.dash()) {
                dashes.add(field);
            }
            value = reading.amount();
        }
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problems.add(new Unreadable(table.name(), table.sheetRow(r), where, "import.problem.negative",
                    cell.text()));
            return;
        }
        BigDecimal yuan = value.multiply(table.factor()).stripTrailingZeros();
        if (yuan.scale() > 2) {
            problems.add(new Unreadable(table.name(), table.sheetRow(r), where, "import.problem.belowFen",
                    cell.text()));
            return;
        }
        amounts.put(field, yuan.setScale(2, RoundingMode.UNNECESSARY));
    }

    private String text(int r, String field) {
        Integer column = columns.get(field);
        if (column == null) {
            return "";
        }
        CellContent cell = table.cell(r, column);
        return cell.number() != null ? cell.text() : cell.text().strip().replace('\u3000', ' ').strip();
    }

    /** The column letter of a field, for messages. */
    String columnOf(String field) {
        Integer column = columns.get(field);
        return column == null ? "" : Unreadable.letters(column);
    }

    SheetTable table() {
        return table;
    }
}
