package org.budgetdesk.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetdesk.check.Checker;
import org.budgetdesk.check.Finding;
import org.budgetdesk.check.Severity;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeGroup;
import org.budgetdesk.model.Unit;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.junit.jupiter.api.Test;

/** The second sample: the asset is what {@link CountyEducationSample} builds, holds together, and has what it is for. */
class CountyEducationSampleTest {

    @Test
    void theAssetIsWhatTheBuilderMakesAndTheCopyInTheJar() throws Exception {
        byte[] built = new ProjectFiles().toBytes(CountyEducationSample.build());

        assertThat(Files.readAllBytes(Path.of("assets/samples", SampleProject.COUNTY_EDUCATION))).isEqualTo(built);
        assertThat(SampleProject.bytes(SampleProject.COUNTY_EDUCATION)).isEqualTo(built);
    }

    @Test
    void itHasNoErrorAndNoWarningOnlyNotesOnItsOwnCodes() throws Exception {
        List<Finding> findings = new Checker().check(SampleProject.load(SampleProject.COUNTY_EDUCATION));

        assertThat(findings).filteredOn(finding -> finding.severity() != Severity.INFO).isEmpty();
        assertThat(findings).extracting(Finding::rule).containsOnly("P4");
    }

    @Test
    void itHoldsWhatTheFirstSampleLacks() throws Exception {
        Department department = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        Unit all = department.consolidated();

        assertThat(department.units()).hasSize(3);
        assertThat(all.income().source(FundingSource.GOVERNMENT_FUND).current().get()).isPositive();
        assertThat(all.income().source(FundingSource.INSTITUTIONAL_REVENUE).current().get()).isPositive();
        assertThat(all.income().group(IncomeGroup.FISCAL_CARRY_OVER).current().get()).isEqualByComparingTo("250000");
        assertThat(all.income().source(FundingSource.NON_FISCAL_CARRY_OVER).current().get()).isPositive();
        assertThat(all.threePublic().share(Fund.NON_FISCAL).total().current().get()).isPositive();
        assertThat(all.threePublic().total().prior().get()).as("a school's reception prior is not published").isNull();
        assertThat(department.comparisonBasisOf(DisclosureSection.THREE_PUBLIC))
                .isEqualTo(ComparisonBasis.PRIOR_FINAL_ACCOUNTS);
        assertThat(department.basicCostMapping().overrides()).isNotEmpty();
    }

    @Test
    void itsExplanationStatesTheFiscalTotalWithItsCarryOverAndTheShareOfTheThreePublicExpenses() throws Exception {
        String text = NarrativeGenerator.sichuan().generate(SampleProject.load(SampleProject.COUNTY_EDUCATION)).text();

        assertThat(text).contains("财政拨款收支总预算1775万元", "其中，财政拨款安排“三公”经费11.5万元。",
                "“三公”经费预算数12万元。", "政府性基金预算支出50万元");
        assertThat(text).doesNotContain("【待填写");
    }
}
