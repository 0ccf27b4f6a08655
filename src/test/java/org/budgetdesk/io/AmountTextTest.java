package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.budgetdesk.model.Amounts;
import org.junit.jupiter.api.Test;

/** The file's amount strings are read by hand ({@link AmountJson#cents}): exactly what the grammar and a parse give. */
class AmountTextTest {
    private static final Pattern GRAMMAR = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,2})?");
    private static final long SEED = 20261203L;

    @Test
    void edgeCasesReadAsTheGrammarAndAParseSay() {
        for (String text : List.of("0", "0.00", "7630600.00", "5", "5.5", "5.05", "007.10", "999999999999.99",
                "999999999999", "1000000000000", "1234567890123.00", "", ".", ".5", "5.", "5.555", "-1.00", "+1",
                "1e5", " 1.00", "1.00 ", "１２.００", "1,000.00", "NOT_PUBLISHED", "1..0", "12.3a")) {
            assertSameAsGrammar(text);
        }
    }

    @Test
    void randomStringsReadAsTheGrammarAndAParseSay() {
        System.out.println("AmountTextTest seed " + SEED);
        Random random = new Random(SEED);
        String alphabet = "0123456789.0123456789.-+e ０";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(17); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsGrammar(text.toString());
        }
    }

    private static void assertSameAsGrammar(String text) {
        long cents = AmountJson.cents(text);
        if (GRAMMAR.matcher(text).matches()) {
            BigDecimal expected = Amounts.parse(text);
            assertThat(BigDecimal.valueOf(cents, 2)).as(text).isEqualTo(expected);
        } else {
            assertThat(cents).as(text).isEqualTo(-1);
        }
    }
}
