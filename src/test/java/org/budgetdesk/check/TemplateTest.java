package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The fast templates fill the rule bundles exactly as MessageFormat would. */
class TemplateTest {
    private static void sameAsMessageFormat(String pattern, String... arguments) {
        assertThat(Template.parse(pattern).fill(arguments))
                .isEqualTo(new MessageFormat(pattern, Locale.ROOT).format(arguments));
    }

    @Test
    void placeholdersAndDoubledApostrophesAreFilledLikeMessageFormat() {
        sameAsMessageFormat("收入总计{0}万元与支出总计{1}万元不相等，相差{2}万元。", "763.06", "763.05", "0.01");
        sameAsMessageFormat("The unit''s {1} and {0}, again {1}", "a", "b");
        sameAsMessageFormat("no placeholder at all");
        sameAsMessageFormat("“{0}”：{1}%", "XX", "169.75");
    }

    @Test
    void aPlaceholderWithoutItsArgumentStays() {
        assertThat(Template.parse("{0} and {1}").fill(new String[] {"a"})).isEqualTo("a and {1}");
    }
}
