package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetdesk.model.TestLines.set;
import static org.budgetdesk.model.TestLines.yuan;

import org.junit.jupiter.api.Test;

/** “三公”经费 by fund: 一般公共预算 pays what the entered funds leave; 财政拨款 is all but the other money. */
class ThreePublicFundsTest {
    private final ThreePublicExpenses expenses = new ThreePublicExpenses();

    @Test
    void withNothingEnteredForTheOtherFundsTheGeneralPublicBudgetPaysItAll() {
        set(expenses.reception(), "30000.00", "38800.00");

        ThreePublicShare general = expenses.share(Fund.GENERAL_PUBLIC_BUDGET);

        assertThat(general.total().current().get()).isEqualTo(yuan("30000.00"));
        assertThat(general.total().prior().get()).isEqualTo(yuan("38800.00"));
        assertThat(expenses.fiscal().total().current().get()).isEqualTo(yuan("30000.00"));
    }

    @Test
    void eachEnteredFundTakesItsShareOutOfTheGeneralPublicBudgetsAndOtherMoneyOutOfTheFiscalOnes() {
        set(expenses.reception(), "30000.00", "38800.00");
        set(expenses.vehicleOperation(), "50000.00", "40000.00");
        expenses.entered(Fund.GOVERNMENT_FUND, ThreePublicPart.RECEPTION).current().set(yuan("10000.00"));
        expenses.entered(Fund.NON_FISCAL, ThreePublicPart.VEHICLE_OPERATION).current()
                .set(yuan("20000.00"));
        expenses.entered(Fund.NON_FISCAL, ThreePublicPart.VEHICLE_OPERATION).prior()
                .set(yuan("15000.00"));

        ThreePublicShare general = expenses.share(Fund.GENERAL_PUBLIC_BUDGET);
        assertThat(general.part(ThreePublicPart.RECEPTION).current().getValue()).isEqualTo(yuan("20000.00"));
        assertThat(general.part(ThreePublicPart.VEHICLE_OPERATION).current().getValue()).isEqualTo(yuan("30000.00"));
        assertThat(general.total().current().get()).isEqualTo(yuan("50000.00"));
        assertThat(general.vehicles().prior().get()).isEqualTo(yuan("25000.00"));
        assertThat(expenses.share(Fund.GOVERNMENT_FUND).total().current().get())
                .isEqualTo(yuan("10000.00"));
        assertThat(expenses.fiscal().total().current().get()).isEqualTo(yuan("60000.00"));
        assertThat(expenses.all().total().current().get()).isEqualTo(expenses.total().current().get());
    }

    @Test
    void aWholePriorNotPublishedLeavesTheGeneralPublicBudgetPriorNotPublished() {
        set(expenses.reception(), "30000.00", "0.00");
        expenses.reception().prior().set(null);

        assertThat(expenses.share(Fund.GENERAL_PUBLIC_BUDGET).part(ThreePublicPart.RECEPTION).prior()
                .getValue()).isNull();
        assertThat(expenses.share(Fund.GENERAL_PUBLIC_BUDGET).total().prior().get()).isNull();
    }

    @Test
    void theGeneralPublicBudgetShareIsNotEnteredAndFundsFollowTheirSources() {
        assertThatThrownBy(() -> expenses.entered(Fund.GENERAL_PUBLIC_BUDGET, ThreePublicPart.RECEPTION))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Fund.of(FundingSource.GOVERNMENT_FUND)).isEqualTo(Fund.GOVERNMENT_FUND);
        assertThat(Fund.of(FundingSource.INSTITUTIONAL_REVENUE)).isEqualTo(Fund.NON_FISCAL);
        assertThat(Fund.NON_FISCAL.isFiscal()).isFalse();
    }

    @Test
    void theDepartmentAddsUpEachUnitsFunds() {
        Department department = new Department("某局", 2024);
        Unit second = new Unit("下属单位");
        department.units().add(second);
        set(department.ownUnit().threePublic().reception(), "30000.00", "0.00");
        set(second.threePublic().reception(), "20000.00", "0.00");
        second.threePublic().entered(Fund.GOVERNMENT_FUND, ThreePublicPart.RECEPTION).current()
                .set(yuan("5000.00"));

        ThreePublicExpenses consolidated = department.consolidated().threePublic();

        assertThat(consolidated.share(Fund.GOVERNMENT_FUND).total().current().get())
                .isEqualTo(yuan("5000.00"));
        assertThat(consolidated.share(Fund.GENERAL_PUBLIC_BUDGET).total().current().get())
                .isEqualTo(yuan("45000.00"));
    }
}
