package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.narrative.Change.Kind;
import org.junit.jupiter.api.Test;

/** A prior-year figure that is not published (未公开) is never compared: no change, no rate, no reason asked for. */
class NotPublishedPriorTest {

    @Test
    void aChangeWithAPriorNotPublishedStatesTheCurrentFigureOnly() {
        Change change = Change.of(Budgets.wan("181.3"), null, 2);

        assertThat(change.kind()).isEqualTo(Kind.NOT_PUBLISHED);
        assertThat(change.current()).isEqualTo("181.3");
        assertThat(change.prior()).isEmpty();
        assertThat(change.rate()).isEmpty();
        assertThat(change.changed()).isFalse();
    }

    @Test
    void operatingCostsWithoutAPublishedPriorHaveNoComparisonSentenceAndNoMissingReason() {
        Department department = Budgets.empty(2021);
        Budgets.set(department.ownUnit().operatingCosts(), "181.3", "0", "");
        department.ownUnit().operatingCosts().prior().set(null);

        String text = Budgets.text(department);

        assertThat(text).contains("机关运行经费预算为181.3万元。")
                .doesNotContain("较上年预算数0万元").doesNotContain("181.3万元，").doesNotContain("运行经费变化的原因");
    }

    @Test
    void aThreePublicPartNotPublishedLeavesTheTotalUncomparedButComparesTheOthers() {
        Department department = Budgets.empty(2021);
        Budgets.set(department.ownUnit().threePublic().reception(), "3", "3.88", "厉行节约");
        Budgets.set(department.ownUnit().threePublic().overseasTravel(), "2", "0", "");
        department.ownUnit().threePublic().overseasTravel().prior().set(null);

        String text = Budgets.text(department);

        assertThat(text).contains("“三公”经费预算数5万元。其中")
                .contains("公务接待费预算数3万元，较上年预算数3.88万元减少0.88万元，下降23%。")
                .contains("因公出国（境）经费预算2万元。")
                .doesNotContain("上年无该项预算");
    }

    @Test
    void aSectionWithItsOwnBasisNamesItInItsComparisons() {
        Department department = Budgets.empty(2021);
        Budgets.set(department.ownUnit().threePublic().reception(), "3", "3.88", "厉行节约");
        Budgets.set(department.ownUnit().income().source(FundingSource.GENERAL_PUBLIC_BUDGET), "100", "90", "增人");
        department.sectionComparisonBases().put(DisclosureSection.THREE_PUBLIC, ComparisonBasis.PRIOR_FINAL_ACCOUNTS);

        String text = Budgets.text(department);

        assertThat(text).contains("公务接待费预算数3万元，较上年决算数3.88万元减少0.88万元")
                .contains("收入预算总额为100万元，较上年预算数90万元增加10万元");
    }
}
