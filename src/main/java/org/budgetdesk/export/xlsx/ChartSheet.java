package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.Unit;

/**
 * The summary sheet: four pie charts of the department's spending (functional structure by 类, 基本/项目 支出,
 * 人员/公用 经费, “三公”经费 composition), each beside the small table it draws. The small tables' amounts are
 * formulas over the disclosure tables' cells where a table shows the figure ({@link ChartReferences}), so the charts
 * follow the tables; the “三公” parts add up the “三公” tables' 合计 cells. Parts of zero are left out; a chart with
 * nothing to show becomes the set's “no data” line.
 */
final class ChartSheet {
    /** Rows each chart takes, with the gap after it. */
    static final int BLOCK = 20;
    static final int FIRST_BLOCK = 3;
    static final int[] CHART_COLUMNS = {3, 12};
    /** The field (and label) that names each “三公” part in the tables; the chart draws them in the enum's order. */
    private static final Map<ThreePublicPart, String> THREE_PUBLIC_FIELDS = Map.of(
            ThreePublicPart.OVERSEAS_TRAVEL, "overseasTravel", ThreePublicPart.RECEPTION, "reception",
            ThreePublicPart.VEHICLE_PURCHASE, "vehiclePurchase", ThreePublicPart.VEHICLE_OPERATION,
            "vehicleOperation");

    private final XSSFSheet sheet;
    private final Styles styles;
    private final TableContext context;
    private final DisplayUnit unit;
    private final ChartReferences references;
    /** The table cell each part's amount comes from, as a formula, by chart part name; none for a merged part. */
    private final Map<String, String> formulas = new HashMap<>();

    ChartSheet(XSSFSheet sheet, Styles styles, TableContext context, DisplayUnit unit, ChartReferences references) {
        this.sheet = sheet;
        this.styles = styles;
        this.context = context;
        this.unit = unit;
        this.references = references;
    }

    void write() {
        String year = String.valueOf(context.department().budgetYear().get());
        String title = context.label("chartTitle").replace("{year}", year)
                .replace("{department}", context.department().name().get());
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(32);
        TableSheet.text(titleRow, 0, title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, CHART_COLUMNS[1]));
        TableSheet.text(sheet.createRow(1), 0, context.set().unitFormat()
                .replace("{unit}", SheetTexts.unitName(unit)), styles.subtitle);
        List<Map.Entry<String, Map<String, BigDecimal>>> charts = charts();
        int nameWidth = TextWidth.of(context.label("chartItem"));
        for (int i = 0; i < charts.size(); i++) {
            int top = FIRST_BLOCK + i * BLOCK;
            Map<String, BigDecimal> parts = charts.get(i).getValue();
            block(top, charts.get(i).getKey(), parts);
            for (String name : parts.keySet()) {
                nameWidth = Math.max(nameWidth, TextWidth.of(name));
            }
        }
        sheet.setColumnWidth(0, (nameWidth + ColumnWidths.PADDING) * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 3 * 256);
        PageSetup.apply(sheet, 0, 0);
    }

    private void block(int top, String title, Map<String, BigDecimal> parts) {
        Row heading = sheet.createRow(top);
        TableSheet.text(heading, 0, title, styles.number);
        Row header = sheet.createRow(top + 1);
        TableSheet.text(header, 0, context.label("chartItem"), styles.header);
        TableSheet.text(header, 1, context.label("chartAmount"), styles.header);
        if (parts.isEmpty()) {
            TableSheet.text(sheet.createRow(top + 2), 0, context.label("noData"), styles.subtitle);
            return;
        }
        int r = top + 2;
        for (Map.Entry<String, BigDecimal> part : parts.entrySet()) {
            Row row = sheet.createRow(r++);
            TableSheet.text(row, 0, part.getKey(), styles.text(0));
            Cell amount = row.createCell(1);
            amount.setCellStyle(styles.amount);
            String formula = formulas.get(title + "/" + part.getKey());
            if (formula != null) {
                amount.setCellFormula(formula);
            }
            // the value the formula computes, stored for clients that trust it (LibreOffice)
            amount.setCellValue(unit.exactFromYuan(part.getValue()).doubleValue());
        }
        PieChart.draw(sheet, title, top + 2, parts.size(),
                new int[] {CHART_COLUMNS[0], top, CHART_COLUMNS[1] + 1, top + BLOCK - 2});
    }

    /** Each chart's title and its parts (name → amount in 元), zero parts left out. */
    private List<Map.Entry<String, Map<String, BigDecimal>>> charts() {
        Unit all = context.consolidated();
        FunctionalGroup spending = all.functional().total();
        ThreePublicExpenses threePublic = all.threePublic();
        Map<String, BigDecimal> classes = new LinkedHashMap<>();
        String functional = context.label("chartFunctional");
        all.functional().classes().forEach((code, group) -> put(classes, context.functionalName(code),
                group.total().get(), functional, references.ofClass(code)));
        Map<String, BigDecimal> basicProject = new LinkedHashMap<>();
        String basicTitle = context.label("chartBasicProject");
        put(basicProject, context.label("basic"), spending.basic().get(), basicTitle, references.ofTotal("basic"));
        put(basicProject, context.label("project"), spending.project().get(), basicTitle,
                references.ofTotal("project"));
        Map<String, BigDecimal> personnelPublic = new LinkedHashMap<>();
        String personnelTitle = context.label("chartPersonnelPublic");
        put(personnelPublic, context.label("personnel"), spending.personnel().get(), personnelTitle,
                references.ofTotal("personnel"));
        put(personnelPublic, context.label("publicCosts"), spending.publicCosts().get(), personnelTitle,
                references.ofTotal("publicCosts"));
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        String threePublicTitle = context.label("chartThreePublic");
        for (ThreePublicPart part : ThreePublicPart.values()) {
            String field = THREE_PUBLIC_FIELDS.get(part);
            BigDecimal amount = threePublic.part(part).current().get();
            put(parts, context.label(field), amount, threePublicTitle,
                    references.ofThreePublic(field).map(cells -> withRest(cells, threePublic, part, amount)));
        }
        List<Map.Entry<String, Map<String, BigDecimal>>> charts = new ArrayList<>();
        charts.add(Map.entry(functional, classes));
        charts.add(Map.entry(basicTitle, basicProject));
        charts.add(Map.entry(personnelTitle, personnelPublic));
        charts.add(Map.entry(threePublicTitle, parts));
        return charts;
    }

    /**
     * The formula of a “三公” part: the tables' cells, plus, as a number, what funds no table covers pay of it (a
     * unit's own money, in a set without a table for it), so that the formula gives the whole part.
     */
    private String withRest(ChartReferences.ThreePublicCells cells, ThreePublicExpenses threePublic,
                            ThreePublicPart part, BigDecimal amount) {
        BigDecimal rest = amount;
        for (Fund fund : cells.funds()) {
            rest = rest.subtract(threePublic.share(fund).part(part).current().getValue());
        }
        if (rest.signum() == 0) {
            return cells.formula();
        }
        return cells.formula() + (rest.signum() > 0 ? "+" : "") + unit.exactFromYuan(rest).toPlainString();
    }

    /** A part drawn from a table cell: its formula is kept unless another part of the same name merges into it. */
    private void put(Map<String, BigDecimal> parts, String name, BigDecimal amount, String chart,
                     java.util.Optional<String> reference) {
        if (amount == null || amount.signum() == 0) {
            return;
        }
        String key = chart + "/" + name;
        if (parts.containsKey(name)) {
            formulas.remove(key);
        } else {
            reference.ifPresent(formula -> formulas.put(key, formula));
        }
        put(parts, name, amount);
    }

    private static void put(Map<String, BigDecimal> parts, String name, BigDecimal amount) {
        if (amount != null && amount.signum() != 0) {
            parts.merge(name, amount, BigDecimal::add);
        }
    }
}
