package org.budgetdesk.export.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.budgetdesk.export.xlsx.ColumnSpec;
import org.budgetdesk.export.xlsx.RowSpec;
import org.budgetdesk.export.xlsx.TableTemplate;
import org.budgetdesk.model.FundingSource;

/**
 * What a sheet of a mapped workbook is (see {@link ImportMapping}): each kind reads its rows the way the table of
 * BudgetDesk's own sets with the same builder does, and names the figures ({@code fields}) a column may hold.
 */
public enum TableKind {
    /** 支出总表: functional lines over all sources, 基本支出 (or 人员/公用经费) and 项目支出. */
    SPENDING("spending", "functional", List.of(), functionalFields()),
    /** 一般公共预算支出表 (拨款表): the 一般公共预算 lines whole. */
    GENERAL_BUDGET("generalBudget", "functional", List.of(FundingSource.GENERAL_PUBLIC_BUDGET), functionalFields()),
    GOVERNMENT_FUND("governmentFund", "functional", List.of(FundingSource.GOVERNMENT_FUND), functionalFields()),
    STATE_CAPITAL("stateCapital", "functional", List.of(FundingSource.STATE_CAPITAL), functionalFields()),
    /** 一般公共预算基本支出表 by economic 款. */
    BASIC_ECONOMIC("basicEconomic", "economic", List.of(), List.of("code", "name", "unit", "codeClass",
            "codeSection", "total", "personnel", "publicCosts")),
    /** 收入总表: one row per unit, a column per funding source (上年结转 as one). */
    INCOME("income", "income", List.of(), incomeFields()),
    /** “三公”经费 of the 一般公共预算 [the 一体化 table's fund is not documented]: a row per unit, a column per part. */
    THREE_PUBLIC("threePublic", "threePublic", List.of(FundingSource.GENERAL_PUBLIC_BUDGET), List.of("name", "unit",
            "total", "overseasTravel", "vehicles", "vehiclePurchase", "vehicleOperation", "reception"));

    private final String id;
    private final String builder;
    private final List<FundingSource> sources;
    private final List<String> fields;

    TableKind(String id, String builder, List<FundingSource> sources, List<String> fields) {
        this.id = id;
        this.builder = builder;
        this.sources = sources;
        this.fields = fields;
    }

    private static List<String> functionalFields() {
        return List.of("code", "name", "unit", "codeClass", "codeSection", "codeItem", "total", "basic", "personnel",
                "publicCosts", "project");
    }

    private static List<String> incomeFields() {
        List<String> fields = new java.util.ArrayList<>(List.of("name", "unit", "total"));
        Arrays.stream(FundingSource.values()).filter(source -> !source.isCarryOver())
                .forEach(source -> fields.add("source." + source.name()));
        fields.add("source.CARRY_OVER");
        return List.copyOf(fields);
    }

    /** The name in a mapping file ({@code generalBudget}). */
    public String id() {
        return id;
    }

    /** The figures a column of this table may hold. */
    public List<String> fields() {
        return fields;
    }

    public static Optional<TableKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    /** A table template that reads {@code fields} of this kind from a sheet, for {@link FigureCollector}. */
    TableTemplate template(String sheet, java.util.Collection<String> mappedFields) {
        List<ColumnSpec> columns = mappedFields.stream()
                .map(field -> new ColumnSpec(field, field, List.of(), false, List.of())).toList();
        return new TableTemplate(sheet, "", sheet, null,
                new RowSpec(builder, sources, null, false, null, null, false), columns, null);
    }
}
