package org.budgetdesk.export.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.ThreePublicShare;
import org.budgetdesk.model.Unit;

/**
 * “三公”经费 by unit: 合计 (the SUM of the units), then one row per unit, this year's figures and the prior year's
 * ({@code prior.} fields), from the funds the table covers: all of them without {@code sources}, else those the
 * listed sources pay (一般公共预算 for 表3-3, 政府性基金 for 表4-1, the three appropriations for 财政拨款“三公”).
 * Fields: {@code name} and, bare or with {@code prior.}, those of {@link #PARTS}; and the figures the schema adds
 * ({@link FigureCells}: from every source, whatever the table's funds).
 */
final class ThreePublicRows implements RowBuilder {
    static final Map<String, Function<ThreePublicShare, Compared>> PARTS = Map.of(
            "total", ThreePublicShare::total,
            "overseasTravel", share -> share.part(ThreePublicPart.OVERSEAS_TRAVEL),
            "reception", share -> share.part(ThreePublicPart.RECEPTION),
            "vehicles", ThreePublicShare::vehicles,
            "vehiclePurchase", share -> share.part(ThreePublicPart.VEHICLE_PURCHASE),
            "vehicleOperation", share -> share.part(ThreePublicPart.VEHICLE_OPERATION));

    @Override
    public boolean supports(String field) {
        return field.equals("name") || PARTS.containsKey(field)
                || field.startsWith("prior.") && PARTS.containsKey(field.substring("prior.".length()))
                || FigureCells.supports(field);
    }

    @Override
    public List<TableRow> rows(TableContext context, RowSpec spec) {
        List<String> amounts = new ArrayList<>();
        PARTS.keySet().forEach(part -> amounts.addAll(List.of(part, "prior." + part)));
        amounts.addAll(FigureCells.fields());
        List<TableRow> rows = new ArrayList<>();
        TableRow total = TableRow.total().text("name", context.label("total"));
        rows.add(total);
        List<Integer> unitRows = new ArrayList<>();
        Set<Fund> funds = funds(spec);
        boolean any = false;
        for (Unit unit : context.department().units()) {
            TableRow row = TableRow.item(1).text("name", unit.name().get());
            for (Map.Entry<String, Function<ThreePublicShare, Compared>> part : PARTS.entrySet()) {
                BigDecimal current = Amounts.ZERO;
                BigDecimal prior = Amounts.ZERO;
                for (ThreePublicShare share : shares(unit.threePublic(), funds)) {
                    Compared figure = part.getValue().apply(share);
                    current = current.add(figure.current().getValue());
                    prior = Amounts.plusKnown(prior, figure.prior().getValue());
                }
                any |= current.signum() != 0 || prior != null && prior.signum() != 0;
                row.amount(part.getKey(), current);
                row.amount("prior." + part.getKey(), prior);
            }
            FigureCells.fill(row, unit);
            unitRows.add(rows.size());
            rows.add(row);
        }
        if (!any && funds != null && !funds.contains(Fund.GENERAL_PUBLIC_BUDGET)) {
            return List.of(); // nothing from these funds: the table's 空表 statement
        }
        total.sum(amounts, unitRows);
        return rows;
    }

    /** The funds the listed sources pay from; {@code null} for every source. */
    static Set<Fund> funds(RowSpec spec) {
        if (spec.sources().isEmpty()) {
            return null;
        }
        Set<Fund> funds = EnumSet.noneOf(Fund.class);
        spec.sources().forEach(source -> funds.add(Fund.of(source)));
        return funds;
    }

    private static List<ThreePublicShare> shares(ThreePublicExpenses expenses, Set<Fund> funds) {
        return funds == null ? List.of(expenses.all()) : funds.stream().map(expenses::share).toList();
    }
}
