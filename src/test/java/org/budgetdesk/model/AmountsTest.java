package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource({"1.5, 1.50", "0, 0.00", "7630600, 7630600.00", "1.500, 1.50", "999999999999.99, 999999999999.99"})
    void requireValidReturnsTheAmountWithScaleTwo(String entered, String expected) {
        BigDecimal valid = Amounts.requireValid(new BigDecimal(entered));

        assertThat(valid).isEqualTo(new BigDecimal(expected));
        assertThat(valid.scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"-0.01, NEGATIVE", "1.001, TOO_MANY_DECIMALS", "1000000000000.00, TOO_LARGE",
            "999999999999.991, TOO_MANY_DECIMALS"})
    void requireValidRejectsNegativeOverPreciseAndHugeAmounts(String entered, Amounts.Problem problem) {
        BigDecimal value = new BigDecimal(entered);

        assertThat(Amounts.problemWith(value)).isEqualTo(problem);
        assertThatThrownBy(() -> Amounts.requireValid(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem.name());
    }

    @Test
    void requireValidRejectsNull() {
        assertThatThrownBy(() -> Amounts.requireValid(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemWithIsNullForAValidAmount() {
        assertThat(Amounts.problemWith(new BigDecimal("763.06"))).isNull();
    }

    @Test
    void parseReadsAPlainDecimal() {
        assertThat(Amounts.parse("7630600.00")).isEqualTo(new BigDecimal("7630600.00"));
        assertThatThrownBy(() -> Amounts.parse("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void orZeroReplacesNullOnly() {
        assertThat(Amounts.orZero(null)).isEqualTo(new BigDecimal("0.00"));
        assertThat(Amounts.orZero(new BigDecimal("3.00"))).isEqualTo(new BigDecimal("3.00"));
    }
}
