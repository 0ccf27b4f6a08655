package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetdesk.export.xlsx.RowSpec;
import org.budgetdesk.export.xlsx.TableTemplate;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeGroup;
import org.budgetdesk.model.ThreePublicPart;

/** Takes the read rows of each table, by its row builder, into {@link ImportedFigures}. */
final class FigureCollector {
    private static final Set<String> FIGURE_BUILDERS = Set.of("functional", "economic", "income", "balance",
            "threePublic");
    private static final Map<String, ThreePublicPart> PARTS = Map.of(
            "overseasTravel", ThreePublicPart.OVERSEAS_TRAVEL, "reception", ThreePublicPart.RECEPTION,
            "vehiclePurchase", ThreePublicPart.VEHICLE_PURCHASE, "vehicleOperation", ThreePublicPart.VEHICLE_OPERATION);
    private static final FundingSource[] FALLBACK_ORDER = {
        FundingSource.FISCAL_SPECIAL_ACCOUNT, FundingSource.INSTITUTIONAL_REVENUE, FundingSource.BUSINESS_REVENUE,
        FundingSource.SUPERIOR_SUBSIDY, FundingSource.SUBORDINATE_REMITTANCE, FundingSource.OTHER_INCOME,
        FundingSource.INSTITUTIONAL_FUND_DRAWDOWN, FundingSource.NON_FISCAL_CARRY_OVER};

    private final ImportedFigures figures;
    private final FunctionalCollector functional = new FunctionalCollector();
    /** Income of the department from the 收支总表 (balance tables), by source; CARRY_OVER under NON_FISCAL. */
    private final Map<FundingSource, BigDecimal> balanceIncome = new EnumMap<>(FundingSource.class);
    /** Unit name → 上年结转 as one figure, from a unit income table. */
    private final Map<String, BigDecimal> unitCarryOver = new LinkedHashMap<>();
    private boolean economicRead;

    FigureCollector(ImportedFigures figures) {
        this.figures = figures;
    }

    /** Whether a table of these rows holds figures to import (performance targets hold text only). */
    static boolean takesFigures(RowSpec rows) {
        return FIGURE_BUILDERS.contains(rows.builder());
    }

    void add(TableTemplate template, List<ReadRow> rows, Set<String> fields) {
        RowSpec spec = template.rows();
        switch (spec.builder()) {
            case "functional" -> {
                if (spec.nonZero() == null) {
                    functional.add(rows, spec.sources(), spec.byFund(), fields);
                }
            }
            case "economic" -> economic(rows, fields, spec);
            case "income" -> income(rows, fields);
            case "balance" -> balance(rows);
            case "threePublic" -> threePublic(rows, spec.sources(), fields);
            default -> {
                // performance targets are text, not figures: never read (takesFigures)
            }
        }
    }

    private void economic(List<ReadRow> rows, Set<String> fields, RowSpec spec) {
        if (economicRead) {
            return; // the later tables show the same basic expenditure again
        }
        economicRead = true;
        figures.economicRead = true;
        for (Fund fund : Fund.values()) {
            if (spec.covers(fund)) {
                figures.economicFunds.add(fund);
            }
        }
        for (ReadRow row : rows) {
            if (row.code().length() == 5) {
                // basic expenditure is 人员 + 公用 where the table splits it; 合计 may hold project spending too (表2-1)
                BigDecimal amount = fields.contains("personnel") && fields.contains("publicCosts")
                        ? row.amount("personnel").add(row.amount("publicCosts")) : row.amount("total");
                figures.economic.put(row.code(), amount);
                if (fields.contains("project")) {
                    figures.economicProject.put(row.code(), row.amount("project"));
                }
                figures.economicNames.put(row.code(), row.name());
                if (fields.contains("prior")) {
                    figures.economicPrior.put(row.code(), row.priorAmount("prior"));
                }
            }
        }
    }

    private void income(List<ReadRow> rows, Set<String> fields) {
        for (ReadRow row : rows) {
            if (row.kind() == ReadRow.Kind.TOTAL || row.name().isEmpty()) {
                continue;
            }
            Map<FundingSource, BigDecimal> income = figures.incomeOf(row.name());
            for (FundingSource source : FundingSource.values()) {
                if (fields.contains("source." + source.name())) {
                    income.merge(source, row.amount("source." + source.name()), BigDecimal::add);
                }
            }
            if (fields.contains("source." + IncomeGroup.CARRY_OVER.name())) {
                unitCarryOver.merge(row.name(), row.amount("source." + IncomeGroup.CARRY_OVER.name()),
                        BigDecimal::add);
            }
        }
    }

    /** The income side of a 收支总表: one row per source or group, named as the tables name them. */
    private void balance(List<ReadRow> rows) {
        for (ReadRow row : rows) {
            String name = row.incomeName().replaceFirst("^[一二三四五六七八九十]+、", "");
            if (!row.amounts().containsKey("income.amount")) {
                continue;
            }
            for (FundingSource source : FundingSource.values()) {
                if (source.officialName().equals(name)) {
                    balanceIncome.put(source, row.amount("income.amount"));
                }
            }
            if (IncomeGroup.CARRY_OVER.officialName().equals(name)) {
                balanceIncome.put(FundingSource.NON_FISCAL_CARRY_OVER, row.amount("income.amount"));
            }
        }
    }

    private void threePublic(List<ReadRow> rows, List<FundingSource> sources, Set<String> fields) {
        if (sources.size() != 1) {
            return; // a table over several funds cannot be told apart
        }
        Fund fund = Fund.of(sources.get(0));
        for (ReadRow row : rows) {
            if (row.kind() == ReadRow.Kind.TOTAL) {
                continue; // a row without a name (the 一体化 table's one data row) is the department's
            }
            PARTS.forEach((field, part) -> {
                if (fields.contains(field)) {
                    ImportedFigures.fundsOf(figures.threePublic, row.name())
                            .computeIfAbsent(fund, f -> new EnumMap<>(ThreePublicPart.class))
                            .put(part, row.amount(field));
                }
                if (fields.contains("prior." + field)) {
                    ImportedFigures.fundsOf(figures.threePublicPrior, row.name())
                            .computeIfAbsent(fund, f -> new EnumMap<>(ThreePublicPart.class))
                            .put(part, row.priorAmount("prior." + field));
                }
            });
        }
    }

    void finish() {
        Map<FundingSource, BigDecimal> fiscalCarryOver = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            if (source.isCarryOver() && source.fiscalFund() != null && balanceIncome.containsKey(source)) {
                fiscalCarryOver.put(source, balanceIncome.get(source));
            }
        }
        if (figures.income.isEmpty() && !balanceIncome.isEmpty()) {
            Map<FundingSource, BigDecimal> department = figures.incomeOf(ImportedFigures.DEPARTMENT);
            department.putAll(balanceIncome);
            BigDecimal fiscal = fiscalCarryOver.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            department.computeIfPresent(FundingSource.NON_FISCAL_CARRY_OVER, (source, all) -> all.subtract(fiscal));
        } else {
            figures.unitCarryOver.putAll(unitCarryOver);
            figures.fiscalCarryOver.putAll(fiscalCarryOver);
        }
        functional.finish(figures, fallback());
    }

    /** Where spending the tables do not place goes: the first source other than the appropriations with income. */
    private FundingSource fallback() {
        for (FundingSource source : FALLBACK_ORDER) {
            BigDecimal total = figures.income.values().stream()
                    .map(income -> income.getOrDefault(source, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() > 0) {
                return source;
            }
        }
        return FundingSource.OTHER_INCOME;
    }
}
