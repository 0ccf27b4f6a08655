package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.budgetdesk.check.Severity;
import org.budgetdesk.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published 2021 explanation of 乐山市社会保险事务中心 (REFERENCE §9) has three slips, and the audit reports those
 * and nothing else: 社会保障和就业支出 690.58 for 项 that add up to 690.59 (a residue the text does not explain),
 * 住房保障支出 54.39 for its only 项 54.38, and “2020年预算数” in a 2021 text.
 */
class AuditSeedTest {
    private static AuditReport report;

    @BeforeAll
    static void audit() {
        report = new Auditor().audit(AuditTexts.read(AuditTexts.SEED));
    }

    @Test
    void budgetYearIsReadFromTheTitle() {
        assertThat(report.budgetYear()).isEqualTo(2021);
    }

    @Test
    void exactlyTheThreePublishedSlipsAreReported() {
        assertThat(report.findings()).extracting(AuditFinding::kind, AuditFinding::stated, AuditFinding::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FindingKind.PARTS_TOTAL, "690.58万元", "690.59万元"),
                        org.assertj.core.groups.Tuple.tuple(FindingKind.PARTS_TOTAL, "54.39万元", "54.38万元"),
                        org.assertj.core.groups.Tuple.tuple(FindingKind.YEAR, "2020", "2021"));
    }

    @Test
    void aClassOneCentOffItsFiveItemsIsAResidueButOffItsOnlyItemAnError() {
        List<AuditFinding> findings = report.findings();

        assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(findings.get(0).variant()).isEqualTo("itemsResidue");
        assertThat(findings.get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(1).variant()).isEqualTo("items");
    }

    @Test
    void findingsSayWhereTheyAreAndQuoteTheSentence() {
        AuditFinding year = report.findings().get(2);

        assertThat(year.location().section()).startsWith("5、 一般公共预算当年拨款情况说明").contains("（三）");
        assertThat(year.sentence()).startsWith("7.住房保障支出（类）住房改革支出（款）住房公积金（项）：2020年预算数为54.38万元");
        assertThat(report.findings().get(1).sentence()).contains("住房保障支出54.39万元，占7%");
    }

    @Test
    void messagesExplainInChineseAndEnglish() {
        AuditFinding housing = report.findings().get(1);

        String chinese = housing.message(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        String english = housing.message(Messages.forLocale(Locale.ENGLISH));

        assertThat(chinese).contains("第34段", "“住房保障支出”写作54.39万元", "相加为54.38万元", "住房保障支出54.39万元，占7%");
        assertThat(english).contains("paragraph 34", "is given as 54.39万元", "add up to 54.38万元");
        assertThat(chinese).doesNotContain("[audit.");
        assertThat(english).doesNotContain("[audit.");
    }
}
