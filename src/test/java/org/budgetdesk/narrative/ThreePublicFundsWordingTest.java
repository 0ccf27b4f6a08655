package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;

/** The “三公” paragraph names what 财政拨款 pays when other money pays part of it. */
class ThreePublicFundsWordingTest {

    @Test
    void partOfTheThreePublicExpensesPaidOutsideFiscalAppropriationsIsNamed() {
        Department department = Budgets.empty(2021);
        Budgets.set(department.ownUnit().threePublic().reception(), "3", "3.88", "厉行节约");
        department.ownUnit().threePublic().entered(org.budgetdesk.model.Fund.NON_FISCAL,
                org.budgetdesk.model.ThreePublicPart.RECEPTION).current().set(Budgets.wan("1"));

        assertThat(Budgets.text(department)).contains("其中，财政拨款安排“三公”经费2万元。");
        assertThat(Budgets.text(Budgets.empty(2021))).doesNotContain("财政拨款安排“三公”经费");
    }
}
