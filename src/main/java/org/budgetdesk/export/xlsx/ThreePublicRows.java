package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.Unit;

/**
 * “三公”经费 by unit: 合计 (the SUM of the units), then one row per unit, this year's figures and the prior year's
 * ({@code prior.} fields). The model keeps “三公”经费 as general public budget spending, so a table covering only other
 * sources (表4-1) is empty. Fields: {@code name} and, bare or with {@code prior.}, those of {@link #PARTS}.
 */
final class ThreePublicRows implements RowBuilder {
    static final Map<String, Function<ThreePublicExpenses, Compared>> PARTS = Map.of(
            "total", ThreePublicExpenses::total,
            "overseasTravel", ThreePublicExpenses::overseasTravel,
            "reception", ThreePublicExpenses::reception,
            "vehicles", ThreePublicExpenses::vehicles,
            "vehiclePurchase", ThreePublicExpenses::vehiclePurchase,
            "vehicleOperation", ThreePublicExpenses::vehicleOperation);

    @Override
    public boolean supports(String field) {
        return field.equals("name") || PARTS.containsKey(field)
                || field.startsWith("prior.") && PARTS.containsKey(field.substring("prior.".length()));
    }

    @Override
    public List<TableRow> rows(TableContext context, RowSpec spec) {
        if (!spec.covers(FundingSource.GENERAL_PUBLIC_BUDGET)) {
            return List.of();
        }
        List<String> amounts = new ArrayList<>();
        PARTS.keySet().forEach(part -> amounts.addAll(List.of(part, "prior." + part)));
        List<TableRow> rows = new ArrayList<>();
        TableRow total = TableRow.total().text("name", context.label("total"));
        rows.add(total);
        List<Integer> unitRows = new ArrayList<>();
        for (Unit unit : context.department().units()) {
            TableRow row = TableRow.item(1).text("name", unit.name().get());
            PARTS.forEach((part, figure) -> {
                Compared compared = figure.apply(unit.threePublic());
                row.amount(part, value(compared.current().getValue()));
                row.amount("prior." + part, compared.prior().getValue());
            });
            unitRows.add(rows.size());
            rows.add(row);
        }
        total.sum(amounts, unitRows);
        return rows;
    }

    private static BigDecimal value(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
