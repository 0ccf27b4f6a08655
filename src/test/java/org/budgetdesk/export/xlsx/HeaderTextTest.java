package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Long headers break between words, into lines of about equal width, and a word wider than the column stays whole. */
class HeaderTextTest {
    @Test
    void headersBreakBetweenWordsNeverInsideOne() {
        assertThat(HeaderText.wrap("政府性基金预算拨款", 8)).isEqualTo("政府性基金\n预算拨款");
        assertThat(HeaderText.wrap("一般公共预算拨款", 8)).isEqualTo("一般公共\n预算拨款");
        assertThat(HeaderText.wrap("因公出国（境）费", 8)).isEqualTo("因公出国\n（境）费");
        assertThat(HeaderText.wrap("财政专户管理资金收入", 8)).isEqualTo("财政专户\n管理资金\n收入");
        assertThat(HeaderText.wrap("合计", 8)).isEqualTo("合计");
    }

    @Test
    void noShippedHeaderIsCutInsideAWordAtAnyWidth() {
        List<String> shipped = List.of("sichuan-2021", "sichuan-2024", "central").stream()
                .flatMap(name -> TableSet.load(name).tables().stream()).flatMap(table -> table.leaves().stream())
                .map(ColumnSpec::header).distinct().toList();
        for (String header : shipped) {
            List<String> words = HeaderText.words(header);
            for (int width = 4; width <= 12; width++) {
                String[] lines = HeaderText.wrap(header, width).split("\n");
                assertThat(String.join("", lines)).isEqualTo(header);
                int at = 0;
                for (String line : lines) {
                    at += line.length();
                    int boundary = at;
                    assertThat(boundaries(words)).as("%s at width %d", header, width).contains(boundary);
                }
            }
        }
    }

    private static List<Integer> boundaries(List<String> words) {
        List<Integer> ends = new java.util.ArrayList<>();
        int at = 0;
        for (String word : words) {
            at += word.length();
            ends.add(at);
        }
        return ends;
    }
}
