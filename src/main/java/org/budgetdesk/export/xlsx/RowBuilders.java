package org.budgetdesk.export.xlsx;

import java.util.Map;
import org.budgetdesk.model.FundingSource;

/** The row builders by the name a template's {@code rows.builder} gives. */
final class RowBuilders {
    private static final Map<String, RowBuilder> BUILDERS = Map.of(
            "functional", new FunctionalRows(),
            "economic", new EconomicRows(),
            "balance", new BalanceRows(),
            "income", new IncomeRows(),
            "threePublic", new ThreePublicRows(),
            "projects", new ProjectRows(),
            "overallTargets", new OverallTargetRows());

    private RowBuilders() {
    }

    /** @throws IllegalArgumentException for an unknown name */
    static RowBuilder get(String name) {
        RowBuilder builder = BUILDERS.get(name);
        if (builder == null) {
            throw new IllegalArgumentException("no row builder named " + name + "; known: " + BUILDERS.keySet());
        }
        return builder;
    }

    /** Whether the field is {@code source.X} for a funding source or an income group X ({@link IncomeLine}). */
    static boolean isSourceField(String field) {
        return field.startsWith("source.") && IncomeLine.exists(field.substring("source.".length()));
    }

    /** The field of a funding source's column. */
    static String sourceField(FundingSource source) {
        return "source." + source.name();
    }
}
