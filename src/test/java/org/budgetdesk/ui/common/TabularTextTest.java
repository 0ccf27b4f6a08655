package org.budgetdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabularTextTest {

    @Test
    void excelBlockSplitsIntoRowsAndCells() {
        assertThat(TabularText.parse("1\t2\r\n3\t4\r\n5\t6\r\n"))
                .containsExactly(List.of("1", "2"), List.of("3", "4"), List.of("5", "6"));
    }

    @Test
    void emptyCellsAndMissingFinalBreakAreKept() {
        assertThat(TabularText.parse("a\t\tc\n\tb")).containsExactly(List.of("a", "", "c"), List.of("", "b"));
    }

    @Test
    void quotedCellsMayHoldTabsBreaksAndQuotes() {
        assertThat(TabularText.parse("\"x\ty\"\t\"line1\nline2\"\t\"say \"\"hi\"\"\"\n"))
                .containsExactly(List.of("x\ty", "line1\nline2", "say \"hi\""));
    }

    @Test
    void formatThenParseGivesTheSameBlock() {
        List<List<String>> block = List.of(List.of("208", "社会保障和就业支出", "1,234.50"), List.of("a\tb", "", "\"q\""));
        assertThat(TabularText.parse(TabularText.format(block))).isEqualTo(block);
    }
}
