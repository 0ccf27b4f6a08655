package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetdesk.model.TestLines.economic;
import static org.budgetdesk.model.TestLines.yuan;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EconomicSpendingTest {

    private final EconomicSpending spending = new EconomicSpending();

    private void addLines() {
        spending.add(economic("30101", "1000.00", "900.00"));
        spending.add(economic("30102", "500.00", "400.00"));
        spending.add(economic("30201", "200.00", "250.00"));
        spending.add(economic("30302", "80.00", "70.00"));
        spending.add(economic("31002", "30.00", "0.00"));
    }

    @Test
    void classTotalsSumTheirLines() {
        addLines();

        assertThat(spending.classes()).containsOnlyKeys("301", "302", "303", "310");
        assertThat(spending.classes().get("301").current().get()).isEqualTo(yuan("1500.00"));
        assertThat(spending.classes().get("301").prior().get()).isEqualTo(yuan("1300.00"));
        assertThat(spending.classes().get("302").current().get()).isEqualTo(yuan("200.00"));
        assertThat(spending.total().current().get()).isEqualTo(yuan("1810.00"));
        assertThat(spending.total().prior().get()).isEqualTo(yuan("1620.00"));
    }

    @Test
    void personnelIs301And303AndPublicIs302AndTheRest() {
        addLines();

        assertThat(spending.personnel().current().get()).isEqualTo(yuan("1580.00"));
        assertThat(spending.personnel().prior().get()).isEqualTo(yuan("1370.00"));
        assertThat(spending.publicCosts().current().get()).isEqualTo(yuan("230.00"));
        assertThat(spending.publicCosts().prior().get()).isEqualTo(yuan("250.00"));
        assertThat(spending.publicCosts().yearOnYear().get().direction()).isEqualTo(Direction.DECREASE);
    }

    @ParameterizedTest
    @CsvSource({"30101, PERSONNEL", "30199, PERSONNEL", "30302, PERSONNEL", "30201, PUBLIC", "30231, PUBLIC",
            "31002, PUBLIC", "30902, PUBLIC", "39999, PUBLIC"})
    void aLineCategoryFollowsItsClass(String code, BasicCostCategory category) {
        EconomicLine line = new EconomicLine(code);

        assertThat(spending.categoryOf(code)).isEqualTo(category);
        assertThat(new BasicCostMapping().categoryOf(code)).isEqualTo(category);
        assertThat(line.classCode()).isEqualTo(code.substring(0, 3));
    }

    @Test
    void aProjectsOverrideMovesALineBetweenPersonnelAndPublicCostsAndBack() {
        addLines();
        BasicCostMapping mapping = new BasicCostMapping();
        spending.useMapping(mapping);
        BigDecimal personnel = spending.personnel().current().get();
        BigDecimal publicCosts = spending.publicCosts().current().get();
        BigDecimal welfare = new BigDecimal("500.00");
        EconomicLine line = new EconomicLine("30229");
        line.current().set(welfare);
        spending.add(line);

        mapping.overrides().put("30229", BasicCostCategory.PERSONNEL);

        assertThat(spending.categoryOf("30229")).isEqualTo(BasicCostCategory.PERSONNEL);
        assertThat(spending.personnel().current().get()).isEqualByComparingTo(personnel.add(welfare));
        assertThat(spending.publicCosts().current().get()).isEqualByComparingTo(publicCosts);
        assertThat(spending.total().current().get())
                .isEqualByComparingTo(spending.personnel().current().get().add(spending.publicCosts().current().get()));

        mapping.overrides().remove("30229");

        assertThat(spending.personnel().current().get()).isEqualByComparingTo(personnel);
        assertThat(spending.publicCosts().current().get()).isEqualByComparingTo(publicCosts.add(welfare));
        spending.remove(line);
        assertThat(spending.publicCosts().current().get()).isEqualByComparingTo(publicCosts);
    }

    @Test
    void totalsFollowAnEditedLine() {
        addLines();
        EconomicLine line = spending.find("30302").orElseThrow();

        line.current().set(yuan("100.00"));
        line.prior().set(yuan("0.00"));

        assertThat(spending.classes().get("303").current().get()).isEqualTo(yuan("100.00"));
        assertThat(spending.personnel().current().get()).isEqualTo(yuan("1600.00"));
        assertThat(spending.personnel().prior().get()).isEqualTo(yuan("1300.00"));
        assertThat(spending.total().current().get()).isEqualTo(yuan("1830.00"));
        assertThat(line.yearOnYear().get().hasNoBasis()).isTrue();
    }

    @Test
    void aClassGoesWithItsLastLine() {
        addLines();
        EconomicLine only310 = spending.find("31002").orElseThrow();

        int index = spending.remove(only310);

        assertThat(index).isEqualTo(4);
        assertThat(spending.classes()).containsOnlyKeys("301", "302", "303");
        assertThat(spending.total().current().get()).isEqualTo(yuan("1780.00"));
        assertThat(spending.publicCosts().current().get()).isEqualTo(yuan("200.00"));
        only310.current().set(yuan("999.00"));
        assertThat(spending.total().current().get()).isEqualTo(yuan("1780.00"));
    }

    @Test
    void aLineAddedBackAtItsPositionRestoresOrderAndTotals() {
        addLines();
        EconomicLine second = spending.lines().get(1);

        int index = spending.remove(second);
        spending.add(index, second);

        assertThat(spending.lines()).extracting(EconomicLine::itemCode)
                .containsExactly("30101", "30102", "30201", "30302", "31002");
        assertThat(spending.classes().get("301").current().get()).isEqualTo(yuan("1500.00"));
    }

    @Test
    void aDuplicateCodeIsRejectedAndChangesNothing() {
        addLines();

        assertThatThrownBy(() -> spending.add(economic("30101", "1.00", "1.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(spending.lines()).hasSize(5);
        assertThat(spending.total().current().get()).isEqualTo(yuan("1810.00"));
        assertThat(spending.find("30101").orElseThrow().current().get()).isEqualTo(yuan("1000.00"));
    }

    @Test
    void removingALineOfAnotherUnitIsRejected() {
        addLines();

        assertThatThrownBy(() -> spending.remove(economic("30101", "1000.00", "900.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(spending.lines()).hasSize(5);
    }

    @Test
    void aLineCodeMustHaveFiveDigits() {
        assertThatThrownBy(() -> new EconomicLine("301")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EconomicLine("3010x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EconomicLine(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
