package org.budgetdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.ui.common.AmountInput.Error;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "763.06|WAN_YUAN|7630600.00",
        "0.000001|WAN_YUAN|0.01",
        "'1,234.5'|YUAN|1234.50",
        "'1，234，567.89'|YUAN|1234567.89",
        "'  42 '|YUAN|42.00",
        "''|YUAN|0.00",
        ".5|YUAN|0.50",
        "１２３．４５|YUAN|123.45",
        "'１，２３４．５６'|YUAN|1234.56",
        "'　８　'|WAN_YUAN|80000.00"})
    void acceptedEntriesAreStoredInYuan(String text, DisplayUnit unit, String yuan) {
        AmountInput.Result result = AmountInput.parse(text, unit);
        assertThat(result.isValid()).isTrue();
        assertThat(result.yuan()).isEqualByComparingTo(yuan);
        assertThat(result.yuan().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|YUAN|NOT_A_NUMBER",
        "12元|YUAN|NOT_A_NUMBER",
        "1.2.3|YUAN|TWO_DECIMAL_POINTS",
        "1.234|YUAN|TOO_MANY_DECIMALS",
        "0.0000001|WAN_YUAN|TOO_MANY_DECIMALS",
        "-5|YUAN|NEGATIVE",
        "1000000000000|YUAN|TOO_LARGE",
        "'12,34'|YUAN|NOT_A_NUMBER",
        "1e5|YUAN|NOT_A_NUMBER",
        "－５|YUAN|NEGATIVE",
        "１２ａ|YUAN|NOT_A_NUMBER"})
    void refusedEntriesSayWhy(String text, DisplayUnit unit, Error error) {
        AmountInput.Result result = AmountInput.parse(text, unit);
        assertThat(result.isValid()).isFalse();
        assertThat(result.error()).isEqualTo(error);
        assertThat(result.yuan()).isNull();
    }

    @Test
    void aPriorMayBeMarkedNotPublishedByTheWordOrTheTablesDash() {
        for (String text : new String[] {"未公开", " 未公开 ", "not published", "Not Published", "—", "——"}) {
            AmountInput.Result result = AmountInput.parsePrior(text, DisplayUnit.WAN_YUAN, "未公开");
            assertThat(result.isValid()).as(text).isTrue();
            assertThat(result.yuan()).as(text).isNull();
        }
        assertThat(AmountInput.parsePrior("3.88", DisplayUnit.WAN_YUAN, "未公开").yuan()).isEqualByComparingTo("38800");
        assertThat(AmountInput.parsePrior("", DisplayUnit.WAN_YUAN, "未公开").yuan()).isEqualByComparingTo("0");
        assertThat(AmountInput.parsePrior("-", DisplayUnit.WAN_YUAN, "未公开").isValid()).isFalse();
        assertThat(AmountInput.parse("未公开", DisplayUnit.WAN_YUAN).isValid()).isFalse();
    }
}
