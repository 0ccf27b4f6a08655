package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.PerformanceProject;
import org.junit.jupiter.api.Test;

/** A name that ends in a digit is set apart from the amount after it, so the two never read as one number. */
class NamesBeforeAmountsTest {

    @Test
    void aProjectNameEndingInADigitIsQuoted() throws Exception {
        Department department = SampleProject.load();
        PerformanceProject project = department.ownUnit().performance().projects().get(1);
        project.name().set("2号楼维修1");
        project.amount().set(new BigDecimal("100000.00"));

        String text = NarrativeGenerator.sichuan().generate(department).text();

        assertThat(text).contains("“2号楼维修1”10万元").doesNotContain("2号楼维修110万元");
        assertThat(text).contains("编外人员项目经费94.89万元");
    }

    @Test
    void namesEndingInADigitOrAPointAreQuotedAndOthersAreNot() {
        assertThat(Wording.name("244")).isEqualTo("“244”");
        assertThat(Wording.name("试点项目二期2.")).isEqualTo("“试点项目二期2.”");
        assertThat(Wording.name("社会保障和就业支出")).isEqualTo("社会保障和就业支出");
        assertThat(Wording.name("")).isEmpty();
    }
}
