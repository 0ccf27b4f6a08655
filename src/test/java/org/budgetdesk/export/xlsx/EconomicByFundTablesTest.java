package org.budgetdesk.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;

/**
 * 表3-1 shows what 一般公共预算 pays of each economic 款, 表2-1 what 财政拨款 pays: in the second sample a school pays
 * 30万元 of its 30299 from 事业收入, which neither table counts.
 */
class EconomicByFundTablesTest {

    private static BigDecimal total(Department department, String code, List<FundingSource> sources) {
        TableContext context = TableContext.of(department, TableSet.load("sichuan"));
        RowSpec spec = new RowSpec("economic", sources, null, false, null, null, false);
        return new EconomicRows().rows(context, spec).stream()
                .filter(row -> row.cell("code") instanceof CellValue.Text text && text.text().equals(code))
                .map(row -> ((CellValue.Amount) row.cell("total")).yuan()).findFirst().orElseThrow();
    }

    @Test
    void eachTableShowsTheShareOfTheFundsItCovers() throws Exception {
        Department department = SampleProject.load(SampleProject.COUNTY_EDUCATION);

        assertThat(total(department, "30299", List.of(FundingSource.GENERAL_PUBLIC_BUDGET)))
                .isEqualByComparingTo("730000.00");
        assertThat(total(department, "30299", List.of(FundingSource.GENERAL_PUBLIC_BUDGET,
                FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL))).isEqualByComparingTo("730000.00");
        assertThat(total(department, "30299", List.of())).isEqualByComparingTo("1030000.00");
    }

    @Test
    void aTableOfGovernmentFundsListsTheLinesThoseFundsPay() throws Exception {
        Department department = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        department.ownUnit().economic().find("30201").orElseThrow().entered(Fund.GOVERNMENT_FUND)
                .set(new BigDecimal("5000.00"));

        assertThat(total(department, "30201", List.of(FundingSource.GOVERNMENT_FUND))).isEqualByComparingTo("5000.00");
    }
}
