package org.budgetdesk.export.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTextTest {

    @ParameterizedTest(name = "“{0}” → {1}")
    @CsvSource(delimiter = '|', value = {
        "1,234.56|1234.56", "１２３４．５６|1234.56", "１，２３４|1234", " 12 345.6 |12345.6", "0.1|0.1",
        "763.056|763.056", "1,234,567.89|1234567.89"})
    void readsTextNumbersExactly(String text, String expected) {
        assertThat(AmountText.read(text).amount()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "“{0}” is a dash")
    @CsvSource({"－", "-", "—", "——"})
    void readsDashesAsNothing(String text) {
        AmountText.Reading reading = AmountText.read(text);
        assertThat(reading.dash()).isTrue();
        assertThat(reading.amount()).isNull();
        assertThat(reading.readable()).isTrue();
    }

    @Test
    void readsBlankAsNothing() {
        assertThat(AmountText.read("  ").amount()).isNull();
        assertThat(AmountText.read(null).readable()).isTrue();
    }

    @ParameterizedTest(name = "“{0}” is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "(12.00)|import.problem.negative", "（１２）|import.problem.negative", "-5|import.problem.negative",
        "12.3.4|import.problem.notANumber", "1,23.4|import.problem.notANumber", "abc|import.problem.notANumber",
        "12元|import.problem.notANumber"})
    void refusesNegativesAndWordsWithAReason(String text, String reason) {
        assertThat(AmountText.read(text).problem()).isEqualTo(reason);
    }
}
