package org.budgetdesk.audit.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A PDF's wrapped lines joined back into paragraphs. */
class LineJoinerTest {
    private static final String FULL = "2022年某某中心收入预算总额为1,286.45万元，较上年预算数1,204.31万元增加";

    @Test
    void aFullLineThatEndsNoSentenceContinuesOnTheNext() {
        String text = LineJoiner.join(FULL + "\n82.14万元。其中：当年财政拨款收入1,236.45万元，事业收入40万元。\n"
                + "二、部门概况\n");

        assertThat(text.split("\n")).hasSize(2);
        assertThat(text).startsWith(FULL + "82.14万元。");
    }

    @Test
    void headingsNumberedItemsAndShortLinesStayTheirOwnLines() {
        String text = LineJoiner.join(FULL + "\n1.社会保障和就业支出（类）行政运行（项）：2022年预算数为645.12万元。\n"
                + "三、收支预算总体情况\n基本支出658.17万元，其中：\n人员经费461.37万元。\n");

        assertThat(text.split("\n")).hasSize(5);
    }

    @Test
    void pageNumbersAndSpacesBetweenChineseCharactersAreDropped() {
        String text = LineJoiner.join("收入 预算 总额 763.06万元。\n- 3 -\n第 4 页\n支出预算763.06万元。\n");

        assertThat(text).isEqualTo("收入预算总额 763.06万元。\n支出预算763.06万元。\n");
    }

    @Test
    void runningHeadsOfThreePagesOrMoreAreDropped() {
        StringBuilder pdf = new StringBuilder();
        for (int page = 1; page <= 3; page++) {
            pdf.append("某某局2022年部门预算\n第").append(page).append("段正文，收入预算100.00万元。\n共3页 第")
                    .append(page).append("页\f\n");
        }

        String text = LineJoiner.join(pdf.toString());

        assertThat(text).doesNotContain("某某局2022年部门预算").doesNotContain("共3页");
        assertThat(text.split("\n")).hasSize(3);
    }

    @Test
    void aSpacedOutThousandsSeparatorIsClosedUp() {
        assertThat(LineJoiner.join("收入预算总额1, 286.45万元。\n")).isEqualTo("收入预算总额1,286.45万元。\n");
    }
}
