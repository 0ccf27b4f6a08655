package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.model.TestLines.set;
import static org.budgetdesk.model.TestLines.yuan;

import org.junit.jupiter.api.Test;

class IncomeBudgetTest {

    private final IncomeBudget income = new IncomeBudget();

    /** Source i gets 10^i 分 current and 2·10^i 分 prior, so every sum names the sources in it. */
    private void fillEverySource() {
        java.math.BigDecimal amount = new java.math.BigDecimal("0.01");
        for (FundingSource source : FundingSource.values()) {
            income.source(source).current().set(amount);
            income.source(source).prior().set(amount.add(amount));
            amount = amount.movePointRight(1);
        }
    }

    @Test
    void fiscalAppropriationIsTheThreeAppropriations() {
        fillEverySource();

        assertThat(income.fiscalAppropriation().current().get()).isEqualByComparingTo("1.11");
        assertThat(income.fiscalAppropriation().prior().get()).isEqualByComparingTo("2.22");
    }

    @Test
    void currentYearIncomeIsTheNineSourcesWithoutDrawDownAndCarryOvers() {
        fillEverySource();

        assertThat(income.currentYearIncome().current().get()).isEqualByComparingTo("1111111.11");
        assertThat(income.currentYearIncome().prior().get()).isEqualByComparingTo("2222222.22");
    }

    @Test
    void totalIsAllFourteenSources() {
        fillEverySource();

        assertThat(income.total().current().get()).isEqualByComparingTo("111111111111.11");
        assertThat(income.total().prior().get()).isEqualByComparingTo("222222222222.22");
    }

    @Test
    void carryOverIsTheFourCarryOversAndItsFiscalPartTheThreeAppropriationsCarriedOver() {
        fillEverySource();

        assertThat(income.carryOver().current().get()).isEqualByComparingTo("111100000000.00");
        assertThat(income.group(IncomeGroup.FISCAL_CARRY_OVER).current().get()).isEqualByComparingTo("11100000000.00");
        assertThat(FundingSource.GOVERNMENT_FUND_CARRY_OVER.fiscalFund()).isEqualTo(FundingSource.GOVERNMENT_FUND);
        assertThat(FundingSource.GOVERNMENT_FUND.fiscalFund()).isEqualTo(FundingSource.GOVERNMENT_FUND);
        assertThat(FundingSource.NON_FISCAL_CARRY_OVER.fiscalFund()).isNull();
        assertThat(FundingSource.SUPERIOR_SUBSIDY.fiscalFund()).isNull();
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

        income.source(FundingSource.NON_FISCAL_CARRY_OVER).current().set(yuan("0.00"));
        income.source(FundingSource.STATE_CAPITAL).current().set(yuan("0.00"));

        assertThat(income.total().current().get()).isEqualByComparingTo("11111111110.11");
        assertThat(income.currentYearIncome().current().get()).isEqualByComparingTo("1111110.11");
        assertThat(income.fiscalAppropriation().current().get()).isEqualByComparingTo("0.11");
    }

    @Test
    void everySourceHasItsOwnFigure() {
        assertThat(FundingSource.values()).hasSize(14)
                .allSatisfy(source -> assertThat(income.source(source)).isNotNull());
        assertThat(income.source(FundingSource.OTHER_INCOME))
                .isNotSameAs(income.source(FundingSource.NON_FISCAL_CARRY_OVER));
    }
}
