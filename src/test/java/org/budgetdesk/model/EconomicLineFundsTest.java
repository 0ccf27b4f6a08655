package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What each fund pays of an economic line: entered for the others, what they leave for 一般公共预算. */
class EconomicLineFundsTest {

    @Test
    void theGeneralPublicBudgetPaysWhatTheOtherFundsLeave() {
        EconomicLine line = new EconomicLine("30299");
        line.current().set(new BigDecimal("560000.00"));
        assertThat(line.isSplit()).isFalse();
        assertThat(line.share(Fund.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("560000.00");

        line.entered(Fund.NON_FISCAL).set(new BigDecimal("300000.00"));
        line.entered(Fund.GOVERNMENT_FUND).set(new BigDecimal("10000.50"));

        assertThat(line.isSplit()).isTrue();
        assertThat(line.share(Fund.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("249999.50");
        assertThat(line.share(Fund.NON_FISCAL)).isEqualByComparingTo("300000.00");
        assertThat(line.share(Fund.STATE_CAPITAL)).isEqualByComparingTo("0.00");
    }

    @Test
    void otherFundsBeyondTheLineLeaveANegativeShareForTheChecksToReport() {
        EconomicLine line = new EconomicLine("30201");
        line.current().set(new BigDecimal("100.00"));
        line.entered(Fund.NON_FISCAL).set(new BigDecimal("150.00"));
        assertThat(line.share(Fund.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("-50.00");
    }

    @Test
    void theGeneralPublicBudgetShareIsNotEntered() {
        assertThatThrownBy(() -> new EconomicLine("30201").entered(Fund.GENERAL_PUBLIC_BUDGET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDepartmentAddsUpWhatEachFundPaysAcrossItsUnits() {
        Department department = new Department("某局", 2024);
        Unit school = new Unit("某中学");
        department.units().add(school);
        EconomicLine own = new EconomicLine("30299");
        own.current().set(new BigDecimal("200.00"));
        own.entered(Fund.NON_FISCAL).set(new BigDecimal("50.00"));
        department.ownUnit().economic().add(own);
        EconomicLine schools = new EconomicLine("30299");
        schools.current().set(new BigDecimal("300.00"));
        schools.entered(Fund.NON_FISCAL).set(new BigDecimal("100.00"));
        school.economic().add(schools);

        EconomicLine whole = department.consolidated().economic().find("30299").orElseThrow();
        assertThat(whole.share(Fund.NON_FISCAL)).isEqualByComparingTo("150.00");
        assertThat(whole.share(Fund.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("350.00");

        schools.entered(Fund.NON_FISCAL).set(new BigDecimal("0.00"));
        assertThat(whole.share(Fund.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("450.00");
    }

    @Test
    void aFunctionalLineIsPaidByTheFundOfItsAppropriationOrByOtherMoney() {
        assertThat(Fund.paying(FundingSource.GENERAL_PUBLIC_BUDGET)).isEqualTo(Fund.GENERAL_PUBLIC_BUDGET);
        assertThat(Fund.paying(FundingSource.GOVERNMENT_FUND_CARRY_OVER)).isEqualTo(Fund.GOVERNMENT_FUND);
        assertThat(Fund.paying(FundingSource.INSTITUTIONAL_REVENUE)).isEqualTo(Fund.NON_FISCAL);
        assertThat(Fund.paying(FundingSource.NON_FISCAL_CARRY_OVER)).isEqualTo(Fund.NON_FISCAL);
    }
}
