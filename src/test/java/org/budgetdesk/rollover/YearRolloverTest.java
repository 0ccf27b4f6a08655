package org.budgetdesk.rollover;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeChange;
import org.budgetdesk.catalog.CodeChanges;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.rollover.YearRollover.CodeNote;
import org.budgetdesk.rollover.YearRollover.Kind;
import org.junit.jupiter.api.Test;

/** Rolling over to next year takes each code through the editions' changes and lists what changed. */
class YearRolloverTest {
    private static final CodeChanges CHANGES = CodeChanges.of(List.of(
            new CodeChange(CodeKind.FUNCTIONAL, 2024, "2080109", "2080150", "社会保险经办机构", "事业运行", "test move"),
            new CodeChange(CodeKind.FUNCTIONAL, 2024, "2080101", "2080101", "行政运行", "行政运行（新）", "test rename"),
            new CodeChange(CodeKind.ECONOMIC, 2024, "30199", "", "其他工资福利支出", "", "test removal")));

    private static Department lastYear() {
        Department department = new Department("某局", 2023);
        FunctionalLine moving = new FunctionalLine("2080109", FundingSource.GENERAL_PUBLIC_BUDGET);
        moving.project().set(new BigDecimal("100000.00"));
        moving.purpose().set("经办");
        department.ownUnit().functional().add(moving);
        department.ownUnit().functional().add(new FunctionalLine("2080101"));
        department.ownUnit().functional().add(new FunctionalLine("2089999"));
        department.customFunctionalCodes().put("2089999", "其他");
        department.ownUnit().economic().add(new EconomicLine("30199"));
        return department;
    }

    @Test
    void aMovedCodeTakesItsLineWithItsPriorAndPurposeAndEveryChangeIsListed() {
        YearRollover.Result result = YearRollover.of(lastYear(), CHANGES, Catalog.forYear(2024));

        FunctionalLine moved = result.next().ownUnit().functional()
                .find("2080150", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow();
        assertThat(moved.prior().get()).isEqualByComparingTo("100000.00");
        assertThat(moved.purpose().get()).isEqualTo("经办");
        assertThat(result.next().ownUnit().functional().find("2080109", FundingSource.GENERAL_PUBLIC_BUDGET))
                .isEmpty();
        assertThat(result.next().ownUnit().economic().find("30199")).as("a removed code is kept").isPresent();
        assertThat(result.notes()).extracting(CodeNote::code, CodeNote::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("2080109", Kind.MOVED),
                org.assertj.core.groups.Tuple.tuple("2080101", Kind.RENAMED),
                org.assertj.core.groups.Tuple.tuple("30199", Kind.REMOVED),
                org.assertj.core.groups.Tuple.tuple("2089999", Kind.UNKNOWN));
    }

    @Test
    void withNothingChangedThereIsNothingToSay() {
        YearRollover.Result result = YearRollover.of(lastYear(), CodeChanges.of(List.of()),
                Catalog.forYear(2024).withCustomCodes(java.util.Map.of("2089999", "其他"), java.util.Map.of()));

        assertThat(result.notes()).isEmpty();
        assertThat(result.next().budgetYear().get()).isEqualTo(2024);
        assertThat(result.next().ownUnit().functional().lines()).hasSize(3);
    }
}
