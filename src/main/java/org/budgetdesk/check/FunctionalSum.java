package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Supplier;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.FunctionalFigures;

/**
 * The four entered figures of functional lines (人员, 公用, 项目, 上年), summed exactly, to compare with a group. The
 * prior is {@code null} when a line's prior is not published, and then not compared.
 */
record FunctionalSum(BigDecimal personnel, BigDecimal publicCosts, BigDecimal project, BigDecimal prior) {
    static final FunctionalSum ZERO = new FunctionalSum(Amounts.ZERO, Amounts.ZERO, Amounts.ZERO, Amounts.ZERO);

    /** The columns a group is compared on, with the term naming each. */
    enum Column {
        PERSONNEL("column.personnel", FunctionalSum::personnel),
        PUBLIC_COSTS("column.publicCosts", FunctionalSum::publicCosts),
        PROJECT("column.project", FunctionalSum::project),
        PRIOR("column.prior", FunctionalSum::prior);

        final String term;
        final Function<FunctionalSum, BigDecimal> value;

        Column(String term, Function<FunctionalSum, BigDecimal> value) {
            this.term = term;
            this.value = value;
        }
    }

    /** The figures of a line or group as they are now. */
    static FunctionalSum of(FunctionalFigures figures) {
        return new FunctionalSum(Amounts.orZero(figures.personnel().getValue()),
                Amounts.orZero(figures.publicCosts().getValue()), Amounts.orZero(figures.project().getValue()),
                figures.prior().getValue());
    }

    FunctionalSum plus(FunctionalSum other) {
        return new FunctionalSum(personnel.add(other.personnel), publicCosts.add(other.publicCosts),
                project.add(other.project), Amounts.plusKnown(prior, other.prior));
    }

    /** True when every column equals the other's; a prior not published on either side is not compared. */
    boolean agrees(FunctionalSum other) {
        for (Column column : Column.values()) {
            if (differ(column.value.apply(this), column.value.apply(other))) {
                return false;
            }
        }
        return true;
    }

    private static boolean differ(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) != 0;
    }

    /** 合计 = 人员 + 公用 + 项目. */
    BigDecimal total() {
        return personnel.add(publicCosts).add(project);
    }

    /**
     * Reports, as errors, each column in which a group's figures differ from this sum of its parts. The location
     * and the name are only made when there is something to report.
     *
     * @param key    the template: {0} the group, {1} the column, {2} the group's figure, {3} the sum, {4} the gap
     * @param group  the name of the group, a String or a Term
     */
    void compare(Scope scope, Supplier<Location> location, String key, Supplier<Object> group, FunctionalSum shown) {
        if (agrees(shown)) {
            return;
        }
        for (Column column : Column.values()) {
            BigDecimal expected = column.value.apply(this);
            BigDecimal actual = column.value.apply(shown);
            if (differ(expected, actual)) {
                scope.report(Severity.ERROR, location.get(), key, group.get(), RuleText.term(column.term),
                        RuleText.wan(actual), RuleText.wan(expected), RuleText.gap(actual.subtract(expected)));
            }
        }
    }
}
