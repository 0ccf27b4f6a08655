package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.model.TestLines.set;
import static org.budgetdesk.model.TestLines.yuan;

import org.junit.jupiter.api.Test;

class IncomeBudgetTest {

    private final IncomeBudget income = new IncomeBudget();

    /** Source i gets 10^i 元 current and 2·10^i prior, so every sum names the sources in it. */
    private void fillEverySource() {
        long amount = 1;
        for (FundingSource source : FundingSource.values()) {
            set(income.source(source), amount + ".00", 2 * amount + ".00");
            amount *= 10;
        }
    }

    @Test
    void fiscalAppropriationIsTheThreeAppropriations() {
        fillEverySource();

        assertThat(income.fiscalAppropriation().current().get()).isEqualTo(yuan("111.00"));
        assertThat(income.fiscalAppropriation().prior().get()).isEqualTo(yuan("222.00"));
    }

    @Test
    void currentYearIncomeIsTheSixSourcesWithoutDrawDownAndCarryOver() {
        fillEverySource();

        assertThat(income.currentYearIncome().current().get()).isEqualTo(yuan("111111.00"));
        assertThat(income.currentYearIncome().prior().get()).isEqualTo(yuan("222222.00"));
    }

    @Test
    void totalIsAllEightSources() {
        fillEverySource();

        assertThat(income.total().current().get()).isEqualTo(yuan("11111111.00"));
        assertThat(income.total().prior().get()).isEqualTo(yuan("22222222.00"));
    }

    @Test
    void seedIncomeComparesWithThePriorYear() {
        // 763.06万元 against 732.39万元, all 一般公共预算拨款
        set(income.source(FundingSource.GENERAL_PUBLIC_BUDGET), "7630600.00", "7323900.00");

        YearOnYear comparison = income.total().yearOnYear().get();
        assertThat(comparison.change()).isEqualTo(yuan("306700.00"));
        assertThat(comparison.direction()).isEqualTo(Direction.INCREASE);
        assertThat(comparison.rate().percent(2)).contains(new java.math.BigDecimal("4.19"));
        assertThat(income.fiscalAppropriation().current().get()).isEqualTo(yuan("7630600.00"));
    }

    @Test
    void totalsFollowAnEditedSource() {
        fillEverySource();

        income.source(FundingSource.CARRY_OVER).current().set(yuan("0.00"));
        income.source(FundingSource.STATE_CAPITAL).current().set(yuan("0.00"));

        assertThat(income.total().current().get()).isEqualTo(yuan("1111011.00"));
        assertThat(income.currentYearIncome().current().get()).isEqualTo(yuan("111011.00"));
        assertThat(income.fiscalAppropriation().current().get()).isEqualTo(yuan("11.00"));
    }

    @Test
    void everySourceHasItsOwnFigure() {
        assertThat(FundingSource.values()).hasSize(8)
                .allSatisfy(source -> assertThat(income.source(source)).isNotNull());
        assertThat(income.source(FundingSource.OTHER_INCOME)).isNotSameAs(income.source(FundingSource.CARRY_OVER));
    }
}
