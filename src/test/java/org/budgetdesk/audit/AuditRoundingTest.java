package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.budgetdesk.check.Severity;
import java.util.stream.LongStream;
import org.budgetdesk.RandomValues;
import org.budgetdesk.SeededTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rounding rule: a relation holds when exact values behind the printed figures satisfy it; one that only
 * unprinted values satisfy is a residue (a note) unless the text says so; precision is what the text prints.
 */
class AuditRoundingTest {
    private static final String TITLE = "某某局2022年部门预算编制的说明\n一、收支预算总体情况\n";

    private static List<AuditFinding> audit(String body) {
        return new Auditor().audit(TITLE + body).findings();
    }

    @Test
    void aChangeOneCentOffThePrintedFiguresIsAResidueNote() {
        List<AuditFinding> findings = audit("2022年收入预算总额为1,286.45万元，较上年预算数1,204.31万元增加82.15万元。\n");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.CHANGE);
            assertThat(finding.variant()).isEqualTo("residue");
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.expected()).isEqualTo("+82.14万元");
        });
    }

    @Test
    void aRateThatFitsBothYearsIsNoSlipWhenOnlyTheChangeIsOneUnitOff() {
        // 20 − 18 = 2 as printed, 3 by unrounded figures; 11.11% is 2 ÷ 18: the change is the one to look at
        List<AuditFinding> findings = audit("2022年事业收入预算为20万元，较上年预算数18万元增加3万元，增长11.11%。\n");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.CHANGE);
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void aResidueTheTextExplainsIsNotReported() {
        List<AuditFinding> findings = audit("2022年收入预算总额为1,286.45万元，较上年预算数1,204.31万元增加82.15万元。\n"
                + "注：因四舍五入，部分数字存在尾差。\n");

        assertThat(findings).isEmpty();
    }

    @Test
    void aChangeNoExactValuesGiveIsAnError() {
        List<AuditFinding> findings = audit("2022年收入预算总额为1,286.45万元，较上年预算数1,204.31万元增加82.17万元。\n");

        assertThat(findings).singleElement().extracting(AuditFinding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void partsOneCentAboveTheirTotalAreAResidueAndTwoCentsOverTwoPartsAnError() {
        assertThat(audit("支出预算100.01万元，其中：基本支出60.01万元，项目支出40.01万元。\n"))
                .singleElement().extracting(AuditFinding::severity).isEqualTo(Severity.INFO);
        assertThat(audit("支出预算100.00万元，其中：基本支出60.02万元，项目支出40.01万元。\n"))
                .singleElement().extracting(AuditFinding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void aWholePercentStandsForEveryValueThatRoundsToIt() {
        assertThat(audit("“三公”经费预算数3万元，较上年预算数3.88万元减少0.88万元，下降23%。\n")).isEmpty();
        assertThat(audit("“三公”经费预算数3万元，较上年预算数3.88万元减少0.88万元，下降22%。\n"))
                .singleElement().extracting(AuditFinding::kind).isEqualTo(FindingKind.RATE);
    }

    @Test
    void aOneDecimalRateInATextOfTwoDecimalRatesHasDroppedItsZero() {
        String twoDecimals = "A经费100.00万元，较上年预算数90.00万元增加10.00万元，增长11.11%。\n"
                + "B经费200.00万元，较上年预算数150.00万元增加50.00万元，增长33.33%。\n"
                + "C经费120.00万元，较上年预算数110.00万元增加10.00万元，增长9.09%。\n";

        // 107.9 / 100 − 1 = 7.9% exactly: fine; 107.94: 7.94% is not 7.90% ± 0.005, though it is 7.9% ± 0.05
        assertThat(audit(twoDecimals + "D经费107.90万元，较上年预算数100.00万元增加7.90万元，增长7.9%。\n")).isEmpty();
        assertThat(audit(twoDecimals + "D经费107.94万元，较上年预算数100.00万元增加7.94万元，增长7.9%。\n"))
                .singleElement().extracting(AuditFinding::kind).isEqualTo(FindingKind.RATE);
        assertThat(audit("D经费107.94万元，较上年预算数100.00万元增加7.94万元，增长7.9%。\n")).isEmpty();
    }

    @Test
    void aListOfSharesPrintedToAddUpTo100MayBeOneUnitOffEach() {
        // 1/3 each: half-up gives 33, 33, 33; a list adjusted to 100 (largest remainder) prints 34, 33, 33
        assertThat(audit("支出300.00万元，其中：A支出100.00万元，占34%；B支出100.00万元，占33%；C支出100.00万元，占33%。\n"))
                .isEmpty();
        assertThat(audit("支出300.00万元，其中：A支出100.00万元，占35%；B支出100.00万元，占33%；C支出100.00万元，占32%。\n"))
                .extracting(AuditFinding::kind).containsOnly(FindingKind.SHARE);
    }

    @Test
    void aSingleItemCannotBeOneCentAwayFromItsClass() {
        String text = TITLE + "（二）结构\n住房保障支出54.39万元，占100%。\n（三）具体使用情况\n"
                + "1.住房保障支出（类）住房改革支出（款）住房公积金（项）：2022年预算数为54.38万元。\n";

        assertThat(new Auditor().audit(text).findings()).singleElement()
                .extracting(AuditFinding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void partsInTheNumberedParagraphsAfterTheirWholeAddUpToIt() {
        String whole = "八、“三公”经费预算安排情况说明\n某局2022年“三公”经费预算数30万元，较上年预算数36万元减少6万元。\n"
                + "1.因公出国（境）经费预算0万元，较上年预算数0万元无变化。\n2.公务接待费预算数10万元，较上年预算数12万元减少2万元。\n";

        assertThat(audit(whole + "3.公务用车购置及运行维护费预算数20万元，较上年预算数24万元减少4万元。\n")).isEmpty();
        assertThat(audit(whole + "3.公务用车购置及运行维护费预算数25万元，较上年预算数24万元增加1万元。\n"))
                .singleElement().extracting(AuditFinding::kind).isEqualTo(FindingKind.PARTS_TOTAL);
        assertThat(audit(whole + "3.公务用车购置及运行维护费预算数20万元，较上年预算数28万元减少8万元。\n"))
                .singleElement().extracting(AuditFinding::variant).isEqualTo("prior");
    }

    /**
     * Random consistent texts (exact amounts in 万元 with two decimals, rates and shares rounded half-up) give no
     * finding; the same text with one figure changed by a digit gives one.
     */
    static LongStream seeds() {
        return RandomValues.seeds(40);
    }

    @SeededTest
    @MethodSource("seeds")
    void randomConsistentTextsGiveNoFindingAndAChangedDigitGivesOne(long seed) {
        Random random = new Random(seed);
        List<BigDecimal> parts = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(4); i++) {
            parts.add(BigDecimal.valueOf(100 + random.nextInt(900_000), 2));
        }
        BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal prior = total.multiply(BigDecimal.valueOf(80 + random.nextInt(40)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal change = total.subtract(prior);
        int rateScale = random.nextInt(3);
        BigDecimal rate = change.abs().multiply(BigDecimal.valueOf(100)).divide(prior, rateScale, RoundingMode.HALF_UP);
        StringBuilder text = new StringBuilder("2022年某某局支出预算总额为" + total.toPlainString() + "万元，较上年预算数"
                + prior.toPlainString() + "万元" + (change.signum() >= 0 ? "增加" : "减少") + change.abs().toPlainString()
                + "万元，" + (change.signum() >= 0 ? "增长" : "下降") + rate.toPlainString() + "%。其中：");
        int shareScale = random.nextInt(3);
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal share = parts.get(i).multiply(BigDecimal.valueOf(100)).divide(total, shareScale,
                    RoundingMode.HALF_UP);
            text.append(i == 0 ? "" : "；").append("第").append(i + 1).append("项支出").append(parts.get(i).toPlainString())
                    .append("万元，占").append(share.toPlainString()).append('%');
        }
        text.append("。\n");

        assertThat(audit(text.toString())).as("seed %d: %s", seed, text).isEmpty();

        String first = parts.get(0).toPlainString();
        String changed = first.substring(0, first.length() - 3) + "9" + first.substring(first.length() - 2);
        if (!changed.equals(first)) {
            String slipped = text.toString().replaceFirst("第1项支出" + java.util.regex.Pattern.quote(first),
                    "第1项支出" + changed);
            assertThat(audit(slipped)).as("seed %d: %s", seed, slipped).isNotEmpty();
        }
    }
}
