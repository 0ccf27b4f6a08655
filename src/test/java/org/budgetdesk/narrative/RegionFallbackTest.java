package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;

/**
 * A region that names no base words what it lacks as the default region does: the test region has no sentence for
 * subordinate units, and a department with two schools is still written, with the default's sentence.
 */
class RegionFallbackTest {

    @Test
    void aPatternARegionLacksComesFromTheDefaultRegion() throws Exception {
        Department county = SampleProject.load(SampleProject.COUNTY_EDUCATION);
        NarrativeTemplate region = NarrativeTemplate.forRegion("test-region").orElseThrow();

        String text = new NarrativeGenerator(region).generate(county).text();

        assertThat(region.text("overview.units")).isEqualTo(NarrativeTemplate.sichuan().text("overview.units"));
        assertThat(text).contains("某县第一中学");
    }
}
