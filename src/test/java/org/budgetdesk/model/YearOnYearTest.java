package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearOnYearTest {

    private static YearOnYear compare(String current, String prior) {
        return new YearOnYear(new BigDecimal(current), new BigDecimal(prior));
    }

    @Test
    void changeIsCurrentMinusPrior() {
        assertThat(compare("1813000.00", "672100.00").change()).isEqualTo(new BigDecimal("1140900.00"));
        assertThat(compare("30000.00", "38800.00").change()).isEqualTo(new BigDecimal("-8800.00"));
    }

    @ParameterizedTest
    @CsvSource({"2.00, 1.00, INCREASE", "1.00, 2.00, DECREASE", "1.00, 1.00, UNCHANGED", "0.00, 0.00, UNCHANGED",
            "1.00, 1.0, UNCHANGED"})
    void directionFollowsTheSignOfTheChange(String current, String prior, Direction direction) {
        assertThat(compare(current, prior).direction()).isEqualTo(direction);
    }

    @Test
    void operatingCostsGrowthRateIsRoundedHalfUpToTwoDecimals() {
        // 机关运行经费 181.3万元 against 67.21万元: +114.09万元, +169.75% (1.6975152...)
        YearOnYear operatingCosts = compare("1813000.00", "672100.00");

        assertThat(operatingCosts.rate().percent(2)).contains(new BigDecimal("169.75"));
        assertThat(operatingCosts.hasNoBasis()).isFalse();
    }

    @Test
    void aDecreaseHasANegativeRateRoundedAwayFromZeroAtHalf() {
        // “三公” 3万元 against 3.88万元: −22.68% (−22.680412...)
        assertThat(compare("30000.00", "38800.00").rate().percent(2)).contains(new BigDecimal("-22.68"));
        assertThat(new Ratio(new BigDecimal("-1"), new BigDecimal("8")).percent(1)).contains(new BigDecimal("-12.5"));
        assertThat(new Ratio(new BigDecimal("-1"), new BigDecimal("8")).percent(0)).contains(new BigDecimal("-13"));
    }

    @Test
    void aZeroPriorLeavesTheRateUndefined() {
        YearOnYear fromNothing = compare("100.00", "0.00");

        assertThat(fromNothing.hasNoBasis()).isTrue();
        assertThat(fromNothing.rate().isDefined()).isFalse();
        assertThat(fromNothing.rate().percent(2)).isEmpty();
        assertThat(fromNothing.direction()).isEqualTo(Direction.INCREASE);
    }

    @Test
    void ratioRoundsOnceFromTheExactFraction() {
        // 0.124949...: rounding to 3 then 2 decimals would give 12.50 (12.495 → 12.50); once gives 12.49
        Ratio ratio = new Ratio(new BigDecimal("12494.9"), new BigDecimal("100000"));

        assertThat(ratio.percent(2)).contains(new BigDecimal("12.49"));
        assertThat(ratio.percent(3)).contains(new BigDecimal("12.495"));
    }

    @Test
    void halfIsRoundedUp() {
        assertThat(new Ratio(new BigDecimal("1"), new BigDecimal("8")).percent(1)).contains(new BigDecimal("12.5"));
        assertThat(new Ratio(new BigDecimal("1"), new BigDecimal("8")).percent(0)).contains(new BigDecimal("13"));
        assertThat(new Ratio(new BigDecimal("1"), new BigDecimal("400")).percent(1)).contains(new BigDecimal("0.3"));
    }

    @Test
    void derivedYearOnYearFollowsBothAmountsAndComparesNothingWhileThePriorIsNotPublished() {
        ObjectProperty<BigDecimal> current = new SimpleObjectProperty<>(new BigDecimal("5.00"));
        ObjectProperty<BigDecimal> prior = new SimpleObjectProperty<>(null);
        var comparison = Derived.yearOnYear(current, prior);

        assertThat(comparison.get().isComparable()).isFalse();
        assertThat(comparison.get().hasNoBasis()).isFalse();
        assertThat(comparison.get().change()).isNull();
        assertThat(comparison.get().direction()).isNull();
        assertThat(comparison.get().rate().isDefined()).isFalse();
        prior.set(Amounts.ZERO);
        assertThat(comparison.get().hasNoBasis()).isTrue();
        prior.set(new BigDecimal("4.00"));
        assertThat(comparison.get().change()).isEqualTo(new BigDecimal("1.00"));
        current.set(new BigDecimal("3.00"));
        assertThat(comparison.get().direction()).isEqualTo(Direction.DECREASE);
        assertThat(comparison.get().rate().percent(2)).contains(new BigDecimal("-25.00"));
    }

    @Test
    void derivedShareIsUndefinedWhileTheWholeIsZero() {
        ObjectProperty<BigDecimal> part = new SimpleObjectProperty<>(new BigDecimal("1.00"));
        ObjectProperty<BigDecimal> whole = new SimpleObjectProperty<>(new BigDecimal("0.00"));
        var share = Derived.share(part, whole);

        assertThat(share.get().isDefined()).isFalse();
        whole.set(new BigDecimal("3.00"));
        assertThat(share.get().percent(2)).contains(new BigDecimal("33.33"));
    }
}
