package org.budgetdesk.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.budgetdesk.model.Ratio;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void wanYuanRoundsHalfUpToTwoDecimals() {
        assertThat(Numbers.fixed(new BigDecimal("7630560.00"), DisplayUnit.WAN_YUAN)).isEqualTo("763.06");
        assertThat(Numbers.fixed(new BigDecimal("543850.00"), DisplayUnit.WAN_YUAN)).isEqualTo("54.39");
        assertThat(Numbers.fixed(new BigDecimal("543849.99"), DisplayUnit.WAN_YUAN)).isEqualTo("54.38");
        assertThat(Numbers.fixed(new BigDecimal("0.00"), DisplayUnit.WAN_YUAN)).isEqualTo("0.00");
    }

    @Test
    void yuanKeepsTheStoredAmount() {
        assertThat(Numbers.fixed(new BigDecimal("7630600.05"), DisplayUnit.YUAN)).isEqualTo("7630600.05");
    }

    @Test
    void sentencesDropTrailingZeros() {
        assertThat(Numbers.trimmed(new BigDecimal("1967980.00"), DisplayUnit.WAN_YUAN)).isEqualTo("196.8");
        assertThat(Numbers.trimmed(new BigDecimal("14000.00"), DisplayUnit.WAN_YUAN)).isEqualTo("1.4");
        assertThat(Numbers.trimmed(new BigDecimal("30000.00"), DisplayUnit.WAN_YUAN)).isEqualTo("3");
        assertThat(Numbers.trimmed(new BigDecimal("0.00"), DisplayUnit.WAN_YUAN)).isEqualTo("0");
        assertThat(Numbers.trimmed(new BigDecimal("1000000000.00"), DisplayUnit.WAN_YUAN)).isEqualTo("100000");
    }

    @Test
    void entryInWanYuanIsStoredExactlyInYuan() {
        assertThat(DisplayUnit.WAN_YUAN.toYuan(new BigDecimal("763.06"))).isEqualByComparingTo("7630600");
        assertThat(DisplayUnit.YUAN.toYuan(new BigDecimal("12.34"))).isEqualByComparingTo("12.34");
    }

    @Test
    void percentRoundsOnceAndIsEmptyWithoutBasis() {
        assertThat(Numbers.percent(new Ratio(new BigDecimal("1140900.00"), new BigDecimal("672100.00")), 2))
                .contains("169.75");
        assertThat(Numbers.percent(new Ratio(new BigDecimal("-8800.00"), new BigDecimal("38800.00")), 0))
                .contains("-23");
        assertThat(Numbers.percent(new Ratio(new BigDecimal("5.00"), new BigDecimal("0.00")), 2)).isEmpty();
    }
}
