package org.budgetdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.RegionRules;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;

/** A region's 人员经费/公用经费 rule is data of its folder, and the project's own overrides come first. */
class RegionBasicCostsTest {

    @Test
    void aRegionListsTheCodesItCountsAgainstTheNationalRule() {
        assertThat(RegionBasicCosts.of("test-basic-costs")).isEqualTo(
                Map.of("30229", BasicCostCategory.PERSONNEL, "30113", BasicCostCategory.PUBLIC));
        assertThat(RegionBasicCosts.of("sichuan-2024")).isEmpty();
        assertThat(RegionBasicCosts.of("")).isEmpty();
        assertThat(RegionBasicCosts.of("shanghai-2030")).isEmpty();
    }

    @Test
    void aMalformedRuleNamesItsFile() {
        assertThatThrownBy(() -> RegionBasicCosts.of("test-bad-basic-costs"))
                .hasMessageContaining("region/test-bad-basic-costs/region.properties")
                .hasMessageContaining("30229=PERSONNEL");
    }

    @Test
    void theDepartmentCountsByItsRegionsRuleUnlessTheProjectOverridesIt() {
        try (RegionRules.Installed ignored = RegionRules.use(RegionBasicCosts::of)) {
            Department department = new Department("某局", 2024);
            Unit unit = department.ownUnit();
            EconomicLine welfare = new EconomicLine("30229");
            welfare.current().set(new BigDecimal("1000.00"));
            unit.economic().add(welfare);
            assertThat(unit.economic().personnel().current().get()).isEqualByComparingTo("0");

            department.region().set("test-basic-costs");
            assertThat(unit.economic().personnel().current().get()).isEqualByComparingTo("1000");
            assertThat(department.consolidated().economic().personnel().current().get())
                    .isEqualByComparingTo("1000");

            department.basicCostMapping().overrides().put("30229", BasicCostCategory.PUBLIC);
            assertThat(unit.economic().personnel().current().get()).isEqualByComparingTo("0");
            department.basicCostMapping().overrides().clear();

            department.region().set("");
            assertThat(unit.economic().publicCosts().current().get()).isEqualByComparingTo("1000");
            assertThat(department.basicCostMapping().regionRule()).isEmpty();
        }
    }
}
