package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeGroup;

/**
 * Puts the functional tables of a set back together into lines by (项 code, funding source). A table of one
 * appropriation (表3 一般公共预算) gives that source's lines whole; a table over all sources gives the 项's figures,
 * and where it has a column per source (central 表2) each source's total. What the appropriation tables leave is
 * split over the other sources that have a total, 人员经费 first, then 公用经费, then 项目支出; when the tables name no
 * other source, it goes to {@code fallback} (see the README's “Importing Excel tables”).
 */
final class FunctionalCollector {
    private final Map<String, LineFigures> allSources = new TreeMap<>();
    private final Map<String, Map<FundingSource, BigDecimal>> sourceTotals = new TreeMap<>();
    private final Map<String, Map<FundingSource, LineFigures>> bySource = new TreeMap<>();
    private final Map<String, BigDecimal> prior = new TreeMap<>();
    private final Set<FundingSource> distinct = java.util.EnumSet.noneOf(FundingSource.class);
    private final Map<String, String> names = new TreeMap<>();
    private boolean allRead;
    private boolean allSplit;

    /** Takes the 项 rows of one functional table covering {@code sources} (empty: all). */
    void add(List<ReadRow> rows, List<FundingSource> sources, boolean byFund, Set<String> fields) {
        boolean split = fields.contains("personnel") && fields.contains("publicCosts");
        boolean basic = fields.contains("basic");
        boolean detailed = split || basic || fields.contains("project");
        if (sources.isEmpty() && detailed) {
            allRead = true;
            allSplit |= split;
        } else if (sources.size() == 1 && !byFund) {
            distinct.add(sources.get(0));
        }
        for (ReadRow row : rows) {
            if (row.code().length() != 7) {
                continue;
            }
            names.putIfAbsent(row.code(), row.name());
            LineFigures figures = LineFigures.of(row, split, basic);
            if (sources.isEmpty()) {
                if (detailed && (split || !allSources.containsKey(row.code()))) {
                    allSources.put(row.code(), figures);
                }
                for (FundingSource source : FundingSource.values()) {
                    if (fields.contains("source." + source.name())) {
                        sourceTotals.computeIfAbsent(row.code(), code -> new EnumMap<>(FundingSource.class))
                                .merge(source, row.amount("source." + source.name()), BigDecimal::add);
                    }
                }
                if (fields.contains("source." + IncomeGroup.CARRY_OVER.name())) {
                    sourceTotals.computeIfAbsent(row.code(), code -> new EnumMap<>(FundingSource.class))
                            .merge(FundingSource.NON_FISCAL_CARRY_OVER,
                                    row.amount("source." + IncomeGroup.CARRY_OVER.name()), BigDecimal::add);
                }
                if (fields.contains("prior")) {
                    prior.put(row.code(), row.priorAmount("prior"));
                }
            } else if (sources.size() == 1 && !byFund) {
                bySource.computeIfAbsent(row.code(), code -> new EnumMap<>(FundingSource.class))
                        .put(sources.get(0), figures);
            }
        }
    }

    /** The lines, into {@code figures}. */
    void finish(ImportedFigures figures, FundingSource fallback) {
        Set<String> codes = new java.util.TreeSet<>(allSources.keySet());
        codes.addAll(bySource.keySet());
        for (String code : codes) {
            Map<FundingSource, LineFigures> lines = new EnumMap<>(FundingSource.class);
            Map<FundingSource, LineFigures> known = bySource.getOrDefault(code, Map.of());
            known.forEach((source, line) -> {
                if (line.total().signum() != 0) {
                    lines.put(source, line);
                }
            });
            LineFigures all = allSources.get(code);
            if (all != null) {
                LineFigures rest = all;
                for (LineFigures line : known.values()) {
                    rest = rest.minus(line);
                }
                if (!allSplit) {
                    rest = new LineFigures(LineFigures.ZERO, rest.personnel().add(rest.publicCosts()), rest.project());
                }
                split(rest, others(code, known.keySet()), fallback, lines);
            }
            if (!lines.isEmpty()) {
                figures.functional.put(code, lines);
            }
        }
        figures.functionalPrior.putAll(prior);
        figures.distinctSources.addAll(distinct);
        figures.functionalNames.putAll(names);
        figures.allSourcesRead = allRead;
        figures.allSourcesSplit = allRead && allSplit;
    }

    private List<Map.Entry<FundingSource, BigDecimal>> others(String code, Set<FundingSource> known) {
        List<Map.Entry<FundingSource, BigDecimal>> others = new ArrayList<>();
        sourceTotals.getOrDefault(code, Map.of()).forEach((source, total) -> {
            if (!known.contains(source) && total.signum() > 0) {
                others.add(Map.entry(source, total));
            }
        });
        return others;
    }

    /** Splits what is left over the other sources by their totals, 人员经费, 公用经费, 项目支出 in that order. */
    private static void split(LineFigures rest, List<Map.Entry<FundingSource, BigDecimal>> others,
                              FundingSource fallback, Map<FundingSource, LineFigures> lines) {
        if (rest.total().signum() == 0) {
            return;
        }
        if (others.isEmpty()) {
            lines.merge(fallback, rest, LineFigures::plus);
            return;
        }
        BigDecimal[] left = {rest.personnel(), rest.publicCosts(), rest.project()};
        for (int i = 0; i < others.size(); i++) {
            BigDecimal want = others.get(i).getValue();
            BigDecimal[] take = new BigDecimal[3];
            for (int k = 0; k < 3; k++) {
                take[k] = i == others.size() - 1 ? left[k] : left[k].min(want).max(BigDecimal.ZERO);
                want = want.subtract(take[k]);
                left[k] = left[k].subtract(take[k]);
            }
            lines.merge(others.get(i).getKey(), new LineFigures(take[0], take[1], take[2]), LineFigures::plus);
        }
    }
}
