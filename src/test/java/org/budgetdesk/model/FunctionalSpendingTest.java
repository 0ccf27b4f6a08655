package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetdesk.model.TestLines.functional;
import static org.budgetdesk.model.TestLines.yuan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionalSpendingTest {

    private final FunctionalSpending spending = new FunctionalSpending();

    /** The seed's 项 (REFERENCE §9), in 元, with an invented split of 人员/公用 and prior-year totals. */
    private void addSeedLines() {
        spending.add(functional("2080101", "3200000.00", "681500.00", "0.00", "3100000.00"));
        spending.add(functional("2080109", "1000000.00", "249600.00", "1048900.00", "2000000.00"));
        spending.add(functional("2080505", "474600.00", "0.00", "0.00", "450000.00"));
        spending.add(functional("2080506", "237300.00", "0.00", "0.00", "220000.00"));
        spending.add(functional("2080599", "14000.00", "0.00", "0.00", "0.00"));
        spending.add(functional("2101101", "180900.00", "0.00", "0.00", "170000.00"));
        spending.add(functional("2210201", "543800.00", "0.00", "0.00", "500000.00"));
    }

    private static void assertFigures(FunctionalFigures figures, String personnel, String publicCosts, String project,
                                      String prior) {
        BigDecimal basic = yuan(personnel).add(yuan(publicCosts));
        assertThat(figures.personnel().getValue()).isEqualTo(yuan(personnel));
        assertThat(figures.publicCosts().getValue()).isEqualTo(yuan(publicCosts));
        assertThat(figures.project().getValue()).isEqualTo(yuan(project));
        assertThat(figures.prior().getValue()).isEqualTo(yuan(prior));
        assertThat(figures.basic().getValue()).isEqualTo(basic);
        assertThat(figures.total().getValue()).isEqualTo(basic.add(yuan(project)));
    }

    /** A file's lines are added at once: the subtotals must come out as when they are added one by one. */
    @Test
    void linesAddedAtOnceSumAsLinesAddedOneByOne() {
        addSeedLines();
        Unit atOnce = new Unit("单位");
        List<Object> totals = new ArrayList<>();
        atOnce.functional().total().total().addListener((obs, before, after) -> totals.add(after));

        atOnce.functional().addAll(spending.lines().stream()
                .map(line -> functional(line.itemCode(), line.source(), line.personnel().get().toPlainString(),
                        line.publicCosts().get().toPlainString(), line.project().get().toPlainString(),
                        line.prior().get().toPlainString()))
                .toList());

        Unit oneByOne = new Unit("单位");
        spending.lines().forEach(line -> oneByOne.functional().add(functional(line.itemCode(), line.source(),
                line.personnel().get().toPlainString(), line.publicCosts().get().toPlainString(),
                line.project().get().toPlainString(), line.prior().get().toPlainString())));
        assertThat(UnitLeaves.snapshot(atOnce)).isEqualTo(UnitLeaves.snapshot(oneByOne));
        assertThat(atOnce.functional().sections().keySet()).containsExactlyElementsOf(spending.sections().keySet());
        assertThat(atOnce.functional().total().total().get()).isEqualTo(spending.total().total().get());
        assertThat(totals).as("once per 款 and figure (6 款), not per line").hasSizeLessThanOrEqualTo(18);
    }

    @Test
    void linesAddedAtOnceWithADuplicateAddNone() {
        spending.add(functional("2080101", "1.00", "0.00", "0.00", "0.00"));

        assertThatThrownBy(() -> spending.addAll(List.of(functional("2080109", "2.00", "0.00", "0.00", "0.00"),
                functional("2080101", "3.00", "0.00", "0.00", "0.00"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spending.addAll(List.of(functional("2080109", "2.00", "0.00", "0.00", "0.00"),
                functional("2080109", "3.00", "0.00", "0.00", "0.00"))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(spending.lines()).hasSize(1);
        assertThat(spending.total().total().get()).isEqualTo(yuan("1.00"));
        assertThat(spending.find("2080109", FundingSource.GENERAL_PUBLIC_BUDGET)).isEmpty();
    }

    @Test
    void aLineSumsItsBasicAndTotal() {
        FunctionalLine line = functional("2080109", "1000000.00", "249600.00", "1048900.00", "2000000.00");

        assertFigures(line, "1000000.00", "249600.00", "1048900.00", "2000000.00");
        assertThat(line.total().get()).isEqualTo(yuan("2298500.00"));
    }

    @Test
    void seedLinesAddUpTo763Point06WanYuan() {
        addSeedLines();

        assertFigures(spending.sections().get("20801"), "4200000.00", "931100.00", "1048900.00", "5100000.00");
        assertFigures(spending.sections().get("20805"), "725900.00", "0.00", "0.00", "670000.00");
        assertFigures(spending.classes().get("208"), "4925900.00", "931100.00", "1048900.00", "5770000.00");
        assertFigures(spending.classes().get("210"), "180900.00", "0.00", "0.00", "170000.00");
        assertFigures(spending.classes().get("221"), "543800.00", "0.00", "0.00", "500000.00");
        assertFigures(spending.total(), "5650600.00", "931100.00", "1048900.00", "6440000.00");
        assertThat(spending.classes().get("208").total().get()).isEqualTo(yuan("6905900.00"));
        assertThat(spending.total().total().get()).isEqualTo(yuan("7630600.00"));
        assertThat(spending.total().basic().get()).isEqualTo(yuan("6581700.00"));
    }

    @Test
    void sectionClassAndTotalFollowAnEditedLine() {
        addSeedLines();
        FunctionalLine line = spending.find("2080505", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();

        line.personnel().set(yuan("500000.00"));
        line.publicCosts().set(yuan("1.00"));
        line.project().set(yuan("2.00"));
        line.prior().set(yuan("3.00"));

        assertFigures(spending.sections().get("20805"), "751300.00", "1.00", "2.00", "220003.00");
        assertFigures(spending.classes().get("208"), "4951300.00", "931101.00", "1048902.00", "5320003.00");
        assertFigures(spending.total(), "5676000.00", "931101.00", "1048902.00", "5990003.00");
        assertFigures(spending.classes().get("210"), "180900.00", "0.00", "0.00", "170000.00");
    }

    @Test
    void groupsAppearWithTheirFirstLineAndGoWithTheirLast() {
        assertThat(spending.classes()).isEmpty();
        assertThat(spending.sections()).isEmpty();

        FunctionalLine first = functional("2080505", "10.00", "0.00", "0.00", "0.00");
        FunctionalLine second = functional("2080506", "20.00", "0.00", "0.00", "0.00");
        FunctionalLine other = functional("2101101", "40.00", "0.00", "0.00", "0.00");
        spending.add(first);
        spending.add(second);
        spending.add(other);
        assertThat(spending.classes()).containsOnlyKeys("208", "210");
        assertThat(spending.sections()).containsOnlyKeys("20805", "21011");
        assertThat(spending.sections().get("20805").size()).isEqualTo(2);
        assertThat(spending.classes().get("208").size()).isEqualTo(1);
        assertThat(spending.total().size()).isEqualTo(2);

        spending.remove(first);
        assertThat(spending.sections()).containsOnlyKeys("20805", "21011");
        assertThat(spending.sections().get("20805").total().get()).isEqualTo(yuan("20.00"));

        spending.remove(second);
        assertThat(spending.classes()).containsOnlyKeys("210");
        assertThat(spending.sections()).containsOnlyKeys("21011");
        assertThat(spending.total().total().get()).isEqualTo(yuan("40.00"));

        spending.remove(other);
        assertThat(spending.classes()).isEmpty();
        assertThat(spending.total().total().get()).isEqualTo(yuan("0.00"));
        assertThat(spending.lines()).isEmpty();
    }

    @Test
    void aRemovedLineNoLongerMovesTheTotals() {
        FunctionalLine line = functional("2080505", "10.00", "0.00", "0.00", "0.00");
        spending.add(line);
        spending.add(functional("2080506", "20.00", "0.00", "0.00", "0.00"));
        spending.remove(line);

        line.personnel().set(yuan("1000.00"));

        assertThat(spending.total().total().get()).isEqualTo(yuan("20.00"));
        assertThat(spending.bySource(FundingSource.GENERAL_PUBLIC_BUDGET).total().get()).isEqualTo(yuan("20.00"));
    }

    @Test
    void removeReturnsThePositionAndAddAtThatPositionRestoresTheOrder() {
        addSeedLines();
        FunctionalLine third = spending.lines().get(2);

        int index = spending.remove(third);
        assertThat(index).isEqualTo(2);
        assertThat(spending.lines()).hasSize(6).doesNotContain(third);

        spending.add(index, third);
        assertThat(spending.lines().get(2)).isSameAs(third);
        assertThat(spending.total().total().get()).isEqualTo(yuan("7630600.00"));
    }

    @Test
    void aDuplicateCodeAndSourceIsRejectedAndChangesNothing() {
        spending.add(functional("2080101", "10.00", "0.00", "0.00", "0.00"));

        assertThatThrownBy(() -> spending.add(functional("2080101", "99.00", "0.00", "0.00", "0.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(spending.lines()).hasSize(1);
        assertThat(spending.total().total().get()).isEqualTo(yuan("10.00"));
        assertThat(spending.sections().get("20801").size()).isEqualTo(1);
    }

    @Test
    void theSameCodeFromAnotherSourceIsASeparateLine() {
        spending.add(functional("2080101", FundingSource.GENERAL_PUBLIC_BUDGET, "10.00", "0.00", "0.00", "0.00"));
        spending.add(functional("2080101", FundingSource.INSTITUTIONAL_REVENUE, "5.00", "0.00", "0.00", "0.00"));

        assertThat(spending.lines()).hasSize(2);
        assertThat(spending.sections().get("20801").total().get()).isEqualTo(yuan("15.00"));
        assertThat(spending.find("2080101", FundingSource.INSTITUTIONAL_REVENUE)).isPresent();
        assertThat(spending.find("2080101", FundingSource.GOVERNMENT_FUND)).isEmpty();
    }

    @Test
    void removingALineOfAnotherUnitIsRejected() {
        spending.add(functional("2080101", "10.00", "0.00", "0.00", "0.00"));
        FunctionalLine lookalike = functional("2080101", "10.00", "0.00", "0.00", "0.00");

        assertThatThrownBy(() -> spending.remove(lookalike)).isInstanceOf(IllegalArgumentException.class);
        assertThat(spending.total().total().get()).isEqualTo(yuan("10.00"));
    }

    @Test
    void totalsBySourceSumTheLinesOfThatSourceOnly() {
        spending.add(functional("2080101", FundingSource.GENERAL_PUBLIC_BUDGET, "10.00", "1.00", "0.00", "7.00"));
        spending.add(functional("2101101", FundingSource.GENERAL_PUBLIC_BUDGET, "20.00", "0.00", "3.00", "0.00"));
        spending.add(functional("2080101", FundingSource.GOVERNMENT_FUND, "0.00", "0.00", "50.00", "40.00"));

        assertFigures(spending.bySource(FundingSource.GENERAL_PUBLIC_BUDGET), "30.00", "1.00", "3.00", "7.00");
        assertFigures(spending.bySource(FundingSource.GOVERNMENT_FUND), "0.00", "0.00", "50.00", "40.00");
        assertFigures(spending.bySource(FundingSource.NON_FISCAL_CARRY_OVER), "0.00", "0.00", "0.00", "0.00");
        assertThat(spending.bySource(FundingSource.GOVERNMENT_FUND).share().get().percent(2))
                .contains(new BigDecimal("59.52"));
    }

    @Test
    void shareOfAClassInTheTotalFollowsEdits() {
        addSeedLines();

        // 690.59 / 763.06 = 90.5027...%: the Sichuan paragraph says 91%
        Ratio share208 = spending.classes().get("208").share().get();
        assertThat(share208.percent(2)).contains(new BigDecimal("90.50"));
        assertThat(share208.percent(0)).contains(new BigDecimal("91"));
        assertThat(spending.classes().get("221").share().get().percent(0)).contains(new BigDecimal("7"));

        spending.find("2210201", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow().personnel().set(yuan("0.00"));
        assertThat(spending.classes().get("221").share().get().percent(2)).contains(new BigDecimal("0.00"));
        assertThat(spending.classes().get("208").share().get().percent(2)).contains(new BigDecimal("97.45"));
    }

    @Test
    void aLineComparesItsTotalWithItsPrior() {
        FunctionalLine line = functional("2080101", "3200000.00", "681500.00", "0.00", "3100000.00");

        YearOnYear comparison = line.yearOnYear().get();
        assertThat(comparison.current()).isEqualTo(yuan("3881500.00"));
        assertThat(comparison.change()).isEqualTo(yuan("781500.00"));
        assertThat(comparison.direction()).isEqualTo(Direction.INCREASE);
        assertThat(comparison.rate().percent(2)).contains(new BigDecimal("25.21"));

        line.project().set(yuan("1.00"));
        assertThat(line.yearOnYear().get().change()).isEqualTo(yuan("781501.00"));
        line.prior().set(yuan("0.00"));
        assertThat(line.yearOnYear().get().hasNoBasis()).isTrue();
    }

    @Test
    void aGroupComparesItsTotalWithItsPrior() {
        addSeedLines();

        YearOnYear comparison = spending.total().yearOnYear().get();
        assertThat(comparison.current()).isEqualTo(yuan("7630600.00"));
        assertThat(comparison.prior()).isEqualTo(yuan("6440000.00"));
        assertThat(comparison.direction()).isEqualTo(Direction.INCREASE);
    }

    @Test
    void aLineCodeMustHaveSevenDigits() {
        assertThatThrownBy(() -> new FunctionalLine("20801")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FunctionalLine("208010a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FunctionalLine(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FunctionalLine("2080101").source()).isEqualTo(FundingSource.GENERAL_PUBLIC_BUDGET);
    }

    @Test
    void theLinesListCannotBeChangedDirectly() {
        FunctionalLine line = functional("2080101", "10.00", "0.00", "0.00", "0.00");

        assertThatThrownBy(() -> spending.lines().add(line)).isInstanceOf(UnsupportedOperationException.class);
    }
}
