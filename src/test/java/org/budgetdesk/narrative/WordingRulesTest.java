package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.Change.Kind;
import org.junit.jupiter.api.Test;

/** The wording rules of REFERENCE §3, each on its own: on the values, then as the template words them. */
class WordingRulesTest {

    private static Change change(String current, String prior, int scale) {
        return Change.of(Budgets.wan(current), Budgets.wan(prior), scale);
    }

    @Test
    void amountsAreWanYuanHalfUpWithTrailingZerosDropped() {
        assertThat(Wording.amount(new BigDecimal("1968000.00"), DisplayUnit.WAN_YUAN)).isEqualTo("196.8");
        assertThat(Wording.amount(new BigDecimal("30000.00"), DisplayUnit.WAN_YUAN)).isEqualTo("3");
        assertThat(Wording.amount(new BigDecimal("0.00"), DisplayUnit.WAN_YUAN)).isEqualTo("0");
        assertThat(Wording.amount(new BigDecimal("7630560.00"), DisplayUnit.WAN_YUAN)).isEqualTo("763.06");
        assertThat(Wording.amount(new BigDecimal("50.00"), DisplayUnit.WAN_YUAN)).isEqualTo("0.01");
        assertThat(Wording.amount(new BigDecimal("49.99"), DisplayUnit.WAN_YUAN)).isEqualTo("0");
        assertThat(Wording.amount(new BigDecimal("1000000000.00"), DisplayUnit.WAN_YUAN)).isEqualTo("100000");
    }

    @Test
    void anIncreaseSaysIncreaseAndGrowth() {
        Change up = change("181.3", "67.21", 2);
        assertThat(up.kind()).isEqualTo(Kind.INCREASE);
        assertThat(up.change()).isEqualTo("114.09");
        assertThat(up.rate()).contains("169.75");

        Department department = Budgets.empty(2021);
        Budgets.set(department.ownUnit().operatingCosts(), "181.3", "67.21", "标准提高");
        assertThat(Budgets.text(department)).contains("181.3万元，较上年预算数67.21万元增加114.09万元，增长169.75%。主要原因：标准提高。");
    }

    @Test
    void aDecreaseSaysDecreaseAndFallWithoutASign() {
        Change down = change("3", "3.88", 0);
        assertThat(down.kind()).isEqualTo(Kind.DECREASE);
        assertThat(down.change()).isEqualTo("0.88");
        assertThat(down.rate()).contains("23");
        assertThat(change("3", "3.88", 2).rate()).contains("22.68");

        Department department = Budgets.empty(2021);
        Budgets.set(department.ownUnit().threePublic().reception(), "3", "3.88", "厉行节约");
        assertThat(Budgets.text(department)).contains("公务接待费预算数3万元，较上年预算数3.88万元减少0.88万元，下降23%。主要原因是厉行节约。");
    }

    @Test
    void anUnchangedFigureIsLevelAndZeroBothYearsIsNoChange() {
        assertThat(change("5", "5", 2).kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(change("5", "5", 2).rate()).isEmpty();
        assertThat(change("0", "0", 2).kind()).isEqualTo(Kind.NONE);

        Department department = Budgets.empty(2021);
        Budgets.set(department.ownUnit().operatingCosts(), "5", "5", "");
        String text = Budgets.text(department);
        assertThat(text).contains("机关运行经费预算为5万元，与上年预算数5万元持平。");
        assertThat(text).contains("因公出国（境）经费预算0万元，较上年预算无变化。");
        assertThat(NarrativeGenerator.sichuan().generate(department).placeholders())
                .noneMatch(placeholder -> placeholder.what().contains("机关运行经费"));
    }

    @Test
    void aPriorOfZeroHasNoBasisAndNoRate() {
        Change fromNothing = change("12.5", "0", 2);
        assertThat(fromNothing.kind()).isEqualTo(Kind.NO_BASIS);
        assertThat(fromNothing.rate()).isEmpty();

        Department department = Budgets.empty(2021);
        Budgets.set(department.ownUnit().operatingCosts(), "12.5", "0", "新设机构");
        String text = Budgets.text(department);
        assertThat(text).contains("机关运行经费预算为12.5万元，上年预算数为0，无可比性。主要原因：新设机构。");
        assertThat(text).doesNotContain("较上年预算数0万元");
        assertThat(text).doesNotContain("增长%", "Infinity", "NaN");
    }

    @Test
    void theChangeIsTheDifferenceOfTheStatedFigures() {
        // 1.005 → 1.01 and 0.414 → 0.41: the reader subtracts 1.01 − 0.41 = 0.6; the exact change 0.591 would say 0.59
        Change change = Change.of(new BigDecimal("10050.00"), new BigDecimal("4140.00"), 2);
        assertThat(change.current()).isEqualTo("1.01");
        assertThat(change.prior()).isEqualTo("0.41");
        assertThat(change.change()).isEqualTo("0.6");
        assertThat(change.rate()).isEqualTo(Optional.of("142.75"));
    }

    @Test
    void figuresThatRoundToTheSameStatedAmountAreLevel() {
        Change change = Change.of(new BigDecimal("50040.00"), new BigDecimal("50010.00"), 2);
        assertThat(change.kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(change.changed()).isFalse();
    }

    @Test
    void ratePrecisionIsATemplateSetting() {
        NarrativeTemplate template = NarrativeTemplate.sichuan();
        assertThat(template.integer("rate.scale")).isEqualTo(2);
        assertThat(template.integer("rate.scale.threePublic")).isZero();
        assertThat(template.integer("share.scale")).isZero();
    }

    @Test
    void freeTextIsClosedAsASentenceOnce() {
        assertThat(Wording.closed("厉行节约")).isEqualTo("厉行节约。");
        assertThat(Wording.closed("厉行节约。")).isEqualTo("厉行节约。");
        assertThat(Wording.closed("厉行节约；")).isEqualTo("厉行节约。");
        assertThat(Wording.inline("保障运转。")).isEqualTo("保障运转");
    }
}
