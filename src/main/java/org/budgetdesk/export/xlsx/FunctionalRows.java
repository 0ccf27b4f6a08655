package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.FunctionalCodes;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeGroup;

/**
 * Functional 类/款/项 rows of the consolidated department: 合计 on top, each 类 and 款 the SUM of the rows under it,
 * each 项 the sum of its lines among the covered funding sources. Fields: {@code code}, {@code name}, the figures of
 * {@link #FIGURES} and {@code source.X} (the 项's total from source X).
 */
final class FunctionalRows implements RowBuilder {
    static final Map<String, Function<FunctionalLine, BigDecimal>> FIGURES = Map.of(
            "total", line -> line.total().get(),
            "basic", line -> line.basic().get(),
            "personnel", line -> line.personnel().get(),
            "publicCosts", line -> line.publicCosts().get(),
            "project", line -> line.project().get(),
            "prior", line -> line.prior().get());
    private static final Set<String> TEXTS = Set.of("code", "name");

    @Override
    public boolean supports(String field) {
        return TEXTS.contains(field) || FIGURES.containsKey(field) || RowBuilders.isSourceField(field);
    }

    @Override
    public List<TableRow> rows(TableContext context, RowSpec spec) {
        Function<FunctionalLine, BigDecimal> nonZero = spec.nonZero() == null ? null : FIGURES.get(spec.nonZero());
        if (spec.nonZero() != null && nonZero == null) {
            throw new IllegalArgumentException("nonZero names no figure: " + spec.nonZero());
        }
        TreeMap<String, TreeMap<String, TreeMap<String, List<FunctionalLine>>>> tree = new TreeMap<>();
        for (FunctionalLine line : context.consolidated().functional().lines()) {
            if (spec.covers(line.source()) && (nonZero == null || nonZero.apply(line).signum() != 0)) {
                String section = FunctionalCodes.sectionOf(line.itemCode());
                tree.computeIfAbsent(FunctionalCodes.classOf(section), code -> new TreeMap<>())
                        .computeIfAbsent(section, code -> new TreeMap<>())
                        .computeIfAbsent(line.itemCode(), code -> new ArrayList<>())
                        .add(line);
            }
        }
        if (tree.isEmpty()) {
            return List.of();
        }
        List<String> amountFields = amountFields();
        List<TableRow> rows = new ArrayList<>();
        TableRow total = TableRow.total().text("name", context.label("total"));
        rows.add(total);
        List<Integer> classRows = new ArrayList<>();
        tree.forEach((classCode, sections) -> {
            TableRow classRow = named(TableRow.group(0), classCode, context);
            classRows.add(rows.size());
            rows.add(classRow);
            List<Integer> sectionRows = new ArrayList<>();
            sections.forEach((sectionCode, items) -> {
                TableRow sectionRow = named(TableRow.group(1), sectionCode, context);
                sectionRows.add(rows.size());
                rows.add(sectionRow);
                List<Integer> itemRows = new ArrayList<>();
                items.forEach((itemCode, lines) -> {
                    itemRows.add(rows.size());
                    rows.add(item(named(TableRow.item(2), itemCode, context), lines));
                });
                sectionRow.sum(amountFields, itemRows);
            });
            classRow.sum(amountFields, sectionRows);
        });
        total.sum(amountFields, classRows);
        return rows;
    }

    private static TableRow named(TableRow row, String code, TableContext context) {
        return row.text("code", code).text("name", context.functionalName(code));
    }

    /** A 项's figures over its lines; a prior not published in one line leaves the 项's prior not published. */
    private static TableRow item(TableRow row, List<FunctionalLine> lines) {
        FIGURES.forEach((field, figure) ->
                row.amount(field, lines.stream().map(figure).reduce(Amounts.ZERO, Amounts::plusKnown)));
        for (FundingSource source : FundingSource.values()) {
            row.amount(RowBuilders.sourceField(source), totalOf(lines, List.of(source)));
        }
        for (IncomeGroup group : IncomeGroup.values()) {
            row.amount("source." + group.name(), totalOf(lines, group.sources()));
        }
        return row;
    }

    private static BigDecimal totalOf(List<FunctionalLine> lines, List<FundingSource> sources) {
        return lines.stream().filter(line -> sources.contains(line.source()))
                .map(line -> line.total().get()).reduce(Amounts.ZERO, BigDecimal::add);
    }

    static List<String> amountFields() {
        List<String> fields = new ArrayList<>(FIGURES.keySet());
        for (FundingSource source : FundingSource.values()) {
            fields.add(RowBuilders.sourceField(source));
        }
        for (IncomeGroup group : IncomeGroup.values()) {
            fields.add("source." + group.name());
        }
        return fields;
    }
}
