package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetdesk.check.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-made slips in three styles of explanation — Sichuan (万元, two decimals, trailing zeros dropped), a central
 * department (万元, thousands separators, compared with 执行数) and a unit publishing in 元 with one- or two-decimal
 * percentages: each text without slips gives no finding, and each slip put into it gives exactly one, of its kind.
 */
class AuditSlipsTest {

    /**
     * One slip: in {@code text}, {@code original} becomes {@code slip}; the audit must report {@code kind} with the
     * figure {@code stated}, quoting a sentence that holds {@code quoted}.
     */
    record Slip(String text, String original, String slip, FindingKind kind, String stated, String quoted) {
        Slip(String text, String original, String slip, FindingKind kind, String stated) {
            this(text, original, slip, kind, stated, stated.replaceFirst("^[+-]", ""));
        }

        @Override
        public String toString() {
            return text + ": " + original + " → " + slip + " (" + kind + ")";
        }
    }

    static List<Slip> slips() {
        String s = AuditTexts.SICHUAN;
        String c = AuditTexts.CENTRAL;
        String y = AuditTexts.YUAN;
        return List.of(
                // Sichuan, 万元 with two decimals
                new Slip(s, "事业收入40万元", "事业收入45万元", FindingKind.PARTS_TOTAL, "1,286.45万元"),
                new Slip(s, "增加82.14万元", "增加82.41万元", FindingKind.CHANGE, "+82.41万元"),
                new Slip(s, "增长7.44%", "增长7.34%", FindingKind.RATE, "+7.34%"),
                new Slip(s, "占5.52%", "占5.25%", FindingKind.SHARE, "5.25%"),
                new Slip(s, "2022年预算数为290.22万元", "2022年预算数为292.22万元", FindingKind.PARTS_TOTAL,
                        "1,012.37万元"),
                new Slip(s, "2022年预算数为68.21万元", "2021年预算数为68.21万元", FindingKind.YEAR, "2021",
                        "2021年预算数"),
                new Slip(s, "占6.51%", "占%", FindingKind.MISSING_NUMBER, "占%"),
                new Slip(s, "公用经费133.65万元，主要包括", "公用经费183.65万元，主要包括", FindingKind.WRONG_TOTAL,
                        "846.23万元"),
                new Slip(s, "与上年预算数6万元持平", "与上年预算数7万元持平", FindingKind.CHANGE, "0万元", "持平"),
                new Slip(s, "较上年预算数3.4万元减少0.8万元", "较上年预算数3.4万元增加0.8万元", FindingKind.CHANGE,
                        "+0.8万元"),
                // a central department, 万元
                new Slip(c, "上年结转1,800.00万元", "上年结转1,880.00万元", FindingKind.PARTS_TOTAL, "18,642.30万元"),
                new Slip(c, "增长7.2%", "增长6.2%", FindingKind.RATE, "+6.2%"),
                new Slip(c, "下降11.2%", "增长11.2%", FindingKind.RATE, "+11.2%"),
                new Slip(c, "占35.0%", "占36.0%", FindingKind.SHARE, "36.0%"),
                new Slip(c, "占5.4%", "占6.4%", FindingKind.SHARES_TOTAL, "101%", "占6.4%"),
                new Slip(c, "人员经费5,012.30万元", "人员经费5,612.30万元", FindingKind.WRONG_TOTAL, "5,923.45万元"),
                new Slip(c, "（项）2022年预算数为11,830.40万元", "（项）2021年预算数为11,830.40万元",
                        FindingKind.YEAR, "2021", "2021年预算数"),
                new Slip(c, "公务接待费30.00万元", "公务接待费XX万元", FindingKind.MISSING_NUMBER, "XX"),
                new Slip(c, "公务用车运行费45.00万元", "公务用车运行费40.00万元", FindingKind.PARTS_TOTAL, "45.00万元"),
                new Slip(c, "增加920.50万元，增长7.1%", "增加920.50万元，增长6.6%", FindingKind.RATE, "+6.6%"),
                // a unit publishing in 元
                new Slip(y, "7,651,700.00元增加402,600.00元", "7,651,700.00元增加420,600.00元", FindingKind.CHANGE,
                        "+420,600.00元"),
                new Slip(y, "986,200.00元增加39,600.00元", "986,200.00元减少39,600.00元", FindingKind.CHANGE,
                        "-39,600.00元"),
                new Slip(y, "增长5.26%", "增长5.62%", FindingKind.RATE, "+5.62%"),
                new Slip(y, "占97.58%", "占97.85%", FindingKind.SHARE, "97.85%"),
                new Slip(y, "住房保障支出占3.7%", "住房保障支出占4.7%", FindingKind.SHARES_TOTAL, "101%", "占4.7%"),
                new Slip(y, "服务类400,000.00元", "服务类450,000.00元", FindingKind.PARTS_TOTAL, "658,000.00元"),
                new Slip(y, "下降6.7%", "下降%", FindingKind.MISSING_NUMBER, "下降%"),
                new Slip(y, "2023年机关运行经费预算为", "2022年机关运行经费预算为", FindingKind.YEAR, "2022",
                        "2022年机关运行经费"),
                new Slip(y, "事业收入200,000.00元，占2.42%", "事业收入200,000.00元，占2.24%", FindingKind.SHARE,
                        "2.24%"),
                // other phrasings
                new Slip(AuditTexts.GUANGDONG, "公务用车运行维护费18万元", "公务用车运行维护费16万元",
                        FindingKind.PARTS_TOTAL, "18万元"),
                new Slip(AuditTexts.GUANGDONG, "下降15.56%", "下降25.56%", FindingKind.RATE, "-25.56%"),
                new Slip(AuditTexts.HUNAN, "增长4.29%", "增长4.92%", FindingKind.RATE, "+4.92%"),
                new Slip(AuditTexts.HUNAN, "项目支出850,000元", "项目支出870,000元", FindingKind.PARTS_TOTAL,
                        "3,650,000元"),
                // the whole and its parts in one sentence (this text once stopped the audit with an exception)
                new Slip(AuditTexts.MUNICIPAL, "占86.8%", "占88.8%", FindingKind.SHARE, "88.8%"),
                new Slip(AuditTexts.MUNICIPAL, "减少4.40万元，下降8.8%", "减少4.30万元，下降8.8%", FindingKind.RATE,
                        "-8.8%"),
                new Slip(AuditTexts.MUNICIPAL, "服务类采购预算200.00万元", "服务类采购预算210.00万元",
                        FindingKind.PARTS_TOTAL, "580.00万元"),
                new Slip(AuditTexts.MUNICIPAL, "增长4.69%", "增长4.96%", FindingKind.RATE, "+4.96%"),
                // a share naming its whole by another name than the total's (占“三公”经费的… under “三公”经费 12.5 万元)
                new Slip(AuditTexts.COUNTY, "占“三公”经费的 28 %", "占“三公”经费的 30 %", FindingKind.SHARE, "30%", "30 %"),
                // the prior amount printed without its unit, before the change that gives it
                new Slip(AuditTexts.COUNTY, "增加 1.84 万元", "增加 2.84 万元", FindingKind.CHANGE, "+2.84万元",
                        "2.84 万元"),
                new Slip(AuditTexts.COUNTY, "增长 4.58 %", "增长 4.85 %", FindingKind.RATE, "+4.85%", "4.85 %"),
                // a growth printed with a minus sign is a fall (增长 -1.83 %), and without it goes the wrong way
                new Slip(AuditTexts.COUNTY, "增长 -1.83 %", "增长 -2.83 %", FindingKind.RATE, "-2.83%", "2.83 %"),
                new Slip(AuditTexts.COUNTY, "增长 -1.83 %", "增长 1.83 %", FindingKind.RATE, "+1.83%", "1.83 %"),
                // shares given in turn (占比分别为…、…) go to the amounts listed before them, in order
                new Slip(AuditTexts.COUNTY, "81.95 %、18.05 %", "81.95 %、19.05 %", FindingKind.SHARE, "19.05%",
                        "19.05 %"),
                // a share naming a whole stated before it, with no 其中 between (…60 万元，…40 万元，占政府采购预算的…)
                new Slip(AuditTexts.COUNTY, "66.67 %", "60.67 %", FindingKind.SHARE, "60.67%", "60.67 %"),
                // a prior-year figure stated first, for the amount named alike after it (上年…为 18 万元，本年…为 20 万元)
                new Slip(AuditTexts.COUNTY, "增加 2 万元", "增加 4 万元", FindingKind.CHANGE, "+4万元", "4 万元"),
                // a list a purpose word opens with a colon is read (主要用于：A…万元，占…；B…)
                new Slip(AuditTexts.COUNTY, "占项目支出的 71.30 %", "占项目支出的 73.30 %", FindingKind.SHARE, "73.30%",
                        "73.30 %"),
                // parts numbered 一是…；二是… under the whole stated just before
                new Slip(AuditTexts.COUNTY, "二是项目支出 84.15 万元", "二是项目支出 94.15 万元", FindingKind.PARTS_TOTAL,
                        "486.30万元", "486.30 万元"),
                // the parts' changes add up to the total's (…增加 2.00 万元。其中：…增加 1.00 万元；…增加 1.00 万元)
                new Slip(AuditTexts.COUNTY, "水电费 12.00 万元，比上年增加 1.00 万元", "水电费 12.00 万元，比上年增加 1.50 万元",
                        FindingKind.PARTS_TOTAL, "+2万元", "30.00 万元"),
                // changes and rates given in turn (分别比上年增加…、…，分别增长…、…)
                new Slip(AuditTexts.COUNTY, "3.12 %、12.20 %", "3.12 %、13.20 %", FindingKind.RATE, "+13.20%", "13.20 %"),
                // 财政拨款支出 is spending, whose known parts are 基本支出 and 项目支出 (not the income 财政拨款)
                new Slip(AuditTexts.COUNTY, "382.15 万元，项目支出 84.15", "382.15 万元，项目支出 86.15", FindingKind.PARTS_TOTAL,
                        "466.30万元", "466.30 万元"),
                // amounts named together and given in turn (人员经费和公用经费分别为…、…) are the known parts of 基本支出
                new Slip(AuditTexts.COUNTY, "350.15 万元、52 万元", "350.15 万元、62 万元", FindingKind.PARTS_TOTAL,
                        "402.15万元", "402.15 万元"),
                new Slip(AuditTexts.COUNTY, "公务用车运行维护费 9 万元", "公务用车运行维护费 7 万元",
                        FindingKind.PARTS_TOTAL, "9万元", "9 万元"));
    }

    @ParameterizedTest
    @ValueSource(strings = {AuditTexts.SICHUAN, AuditTexts.CENTRAL, AuditTexts.YUAN, AuditTexts.GUANGDONG,
        AuditTexts.HUNAN, AuditTexts.MUNICIPAL, AuditTexts.COUNTY})
    void textWithoutSlipsGivesNoFinding(String name) {
        AuditReport report = new Auditor().audit(AuditTexts.read(name));

        assertThat(report.findings()).isEmpty();
        assertThat(report.statements()).isGreaterThan(10);
    }

    @ParameterizedTest
    @MethodSource("slips")
    void eachSlipIsTheOneFindingOfItsKind(Slip slip) {
        AuditReport report = new Auditor().audit(AuditTexts.withSlip(slip.text(), slip.original(), slip.slip()));

        assertThat(report.findings()).as(slip.toString()).hasSize(1);
        AuditFinding finding = report.findings().get(0);
        assertThat(finding.kind()).isEqualTo(slip.kind());
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.stated().replace(",", "")).isEqualTo(slip.stated().replace(",", ""));
        assertThat(finding.sentence()).contains(slip.quoted());
    }

    @Test
    void sharesGivenInTurnToFewerThanTheListedAmountsAreGivenToNone() {
        // three amounts, two shares: which two is not said, so neither is checked (60% of 300万元 would be a false slip)
        AuditReport report = new Auditor().audit("某局2024年部门预算\n2024年支出1000万元，其中：基本支出500万元、项目支出300万元、"
                + "其他支出200万元，分别占60%、30%。\n");

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aRateDividedByThisYearsFigureIsNamedSo() {
        // 21.30 ÷ 486.30 = 4.38%: the change over this year's figure, where last year's (465.00) gives 4.58%
        AuditReport report = new Auditor().audit(AuditTexts.withSlip(AuditTexts.COUNTY, "增长 4.58 %", "增长 4.38 %"));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.RATE);
            assertThat(finding.variant()).isEqualTo("ofCurrent");
            assertThat(finding.expected()).isEqualTo("+4.58%");
        });
    }

    @Test
    void aFullStopInsideBracketsEndsNoSentence() {
        String text = "某局2024年部门预算\n2024年“三公”经费 60.50 万元，其中：因公出国（境）费 0 万元；公务用车购置及运行费"
                + " 50.00 万元（公务用车购置费 20.00 万元；公务用车运行维护费 30.00 万元。）；公务接待费 10.50 万元。\n";

        assertThat(new Auditor().audit(text).findings()).isEmpty();
        assertThat(new Auditor().audit(text.replace("10.50 万元。", "11.50 万元。")).findings())
                .singleElement().extracting(AuditFinding::kind).isEqualTo(FindingKind.PARTS_TOTAL);
    }

    @Test
    void aComparisonWithLastYearIsNeverGivenToLastYearsFigure() {
        // the second section lists 2023's figures; the comparison after them is about 2024's, stated in the first
        String text = "某中心2024年“三公”经费预算\n一、2024年“三公”经费预算\n2024年度“三公”经费预算 25.00 万元，其中："
                + "公务接待 15.00 万元，公务用车运行费 10.00 万元。\n二、2023年“三公”经费决算\n2023年度“三公”经费支出"
                + " 24.00 万元，其中：公务接待 16.00 万元，公务用车运行费 8.00 万元。\n"
                + "其中公务接待较上年减少 1.00 万元，下降 6.25 %；公务用车运行费较上年增加 2.00 万元，增长 25 %。\n";

        assertThat(new Auditor().audit(text).findings()).isEmpty();
    }

    @Test
    void everyRelationKindIsCoveredTwiceInAtLeastTwentyFiveSlips() {
        Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
        slips().forEach(slip -> counts.merge(slip.kind(), 1, Integer::sum));

        assertThat(slips()).hasSizeGreaterThanOrEqualTo(25);
        for (FindingKind kind : FindingKind.values()) {
            if (kind != FindingKind.PROJECT_FIGURE) {
                assertThat(counts.getOrDefault(kind, 0)).as(kind.name()).isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(Stream.of(AuditTexts.SICHUAN, AuditTexts.CENTRAL, AuditTexts.YUAN))
                .allMatch(name -> slips().stream().filter(slip -> slip.text().equals(name)).count() >= 8);
    }
}
