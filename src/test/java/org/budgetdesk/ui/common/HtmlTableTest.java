package org.budgetdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTableTest {

    @Test
    void cellsAreReadAsShownWithEntitiesLineBreaksAndEmptyCells() {
        String html = "Version:0.9\r\nStartHTML:0000000105\r\n<html><body><!--StartFragment--><table>"
                + "<tr><td sdval=\"1234.5\">1,234.50</td><td>a &quot;q&quot; &amp; &lt;b&gt;</td></tr>"
                + "<TR><TD><br></TD><TD>第一行<br>第二行 <font color=red>x</font></TD></TR>"
                + "</table><!--EndFragment--></body></html>";

        assertThat(HtmlTable.parse(html)).containsExactly(
                List.of("1,234.50", "a \"q\" & <b>"),
                List.of("", "第一行\n第二行 x"));
    }

    @Test
    void aMergedCellIsFollowedByEmptyCellsForTheColumnsItSpans() {
        assertThat(HtmlTable.parse("<table><tr><td colspan=\"3\">合计</td><td>9</td></tr></table>"))
                .containsExactly(List.of("合计", "", "", "9"));
    }

    @Test
    void htmlWithoutATableGivesNoRows() {
        assertThat(HtmlTable.parse("<p>2080101</p>")).isEmpty();
    }
}
