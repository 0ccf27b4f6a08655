package org.budgetdesk.export.xlsx;

import java.util.List;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeBudget;
import org.budgetdesk.model.IncomeGroup;

/**
 * An income row or column a table template names: one funding source ({@code GENERAL_PUBLIC_BUDGET}) or a group of
 * them that the table shows as one figure ({@code CARRY_OVER} 上年结转, {@code FISCAL_CARRY_OVER} 财政拨款结转).
 */
record IncomeLine(String name, String officialName, List<FundingSource> sources) {

    /**
     * The source or group of that name.
     *
     * @throws IllegalArgumentException when neither has it
     */
    static IncomeLine of(String name) {
        for (FundingSource source : FundingSource.values()) {
            if (source.name().equals(name)) {
                return new IncomeLine(name, source.officialName(), List.of(source));
            }
        }
        for (IncomeGroup group : IncomeGroup.values()) {
            if (group.name().equals(name)) {
                return new IncomeLine(name, group.officialName(), group.sources());
            }
        }
        throw new IllegalArgumentException("no funding source or income group named " + name);
    }

    /** Whether a name is a funding source or a group. */
    static boolean exists(String name) {
        try {
            of(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The line's current figure in a unit's income. */
    java.math.BigDecimal current(IncomeBudget income) {
        if (sources.size() == 1) {
            return income.source(sources.get(0)).current().get();
        }
        return income.group(IncomeGroup.valueOf(name)).current().get();
    }
}
