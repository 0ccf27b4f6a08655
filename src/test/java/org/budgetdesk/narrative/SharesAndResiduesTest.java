package org.budgetdesk.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;

class SharesAndResiduesTest {

    private static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theSampleClassesGive91And2And7() {
        List<BigDecimal> shares = Shares.largestRemainder(amounts("6905820.00", "180900.00", "543840.00"), 0);
        assertThat(shares).containsExactly(new BigDecimal("91"), new BigDecimal("2"), new BigDecimal("7"));
    }

    @Test
    void threeEqualThirdsAddUpTo100WherePlainRoundingGives99() {
        assertThat(Shares.largestRemainder(amounts("1", "1", "1"), 0))
                .containsExactly(new BigDecimal("34"), new BigDecimal("33"), new BigDecimal("33"));
        assertThat(Shares.largestRemainder(amounts("1", "1", "1"), 2))
                .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    }

    @Test
    void twoHalvesAddUpTo100WherePlainRoundingGives101() {
        assertThat(Shares.largestRemainder(amounts("50.5", "49.5"), 0))
                .containsExactly(new BigDecimal("51"), new BigDecimal("49"));
    }

    @Test
    void zerosStayZeroAndAnEmptyWholeGivesZeros() {
        assertThat(Shares.largestRemainder(amounts("0", "2", "0", "1"), 0))
                .containsExactly(new BigDecimal("0"), new BigDecimal("67"), new BigDecimal("0"), new BigDecimal("33"));
        assertThat(sum(Shares.largestRemainder(amounts("0", "0"), 0))).isZero();
        assertThatThrownBy(() -> Shares.largestRemainder(amounts("-1", "2"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyListOfSharesAddsUpToExactly100() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            int size = 1 + random.nextInt(30);
            List<BigDecimal> parts = IntStream.range(0, size)
                    .mapToObj(i -> BigDecimal.valueOf(random.nextInt(5) == 0 ? 0 : random.nextInt(1_000_000), 2))
                    .toList();
            if (sum(parts).signum() == 0) {
                continue;
            }
            for (int scale : new int[] {0, 2}) {
                List<BigDecimal> shares = Shares.largestRemainder(parts, scale);
                assertThat(sum(shares)).as("%s at scale %d", parts, scale).isEqualByComparingTo("100");
                assertThat(shares).allMatch(share -> share.scale() == scale);
            }
        }
    }

    @Test
    void theShareRuleIsStatedWithTheShares() {
        Department department = Budgets.empty(2021);
        Budgets.line(department.ownUnit(), "2080101", "1", "a");
        Budgets.line(department.ownUnit(), "2101101", "1", "b");
        Budgets.line(department.ownUnit(), "2210201", "1", "c");
        String text = Budgets.text(department);
        assertThat(text).contains("社会保障和就业支出1万元，占34%；", "卫生健康支出1万元，占33%；", "住房保障支出1万元，占33%；",
                "各类支出占比取整数，尾数已作调整，合计为100%。");
    }

    @Test
    void aResidueIsFoundOnlyWhenRoundedPartsMissTheirRoundedWhole() {
        assertThat(Residue.of(amounts("3881460.00", "2298460.00", "474600.00", "237300.00", "14000.00"),
                new BigDecimal("6905820.00")))
                .contains(new Residue("690.59", "690.58", "0.01"));
        assertThat(Residue.of(amounts("4613680.00", "1967980.00"), new BigDecimal("6581660.00"))).isEmpty();
    }

    @Test
    void aResidueBetweenPersonnelAndPublicCostsIsWorded() {
        Department department = Budgets.empty(2021);
        Budgets.line(department.ownUnit(), "2080101", "0.004", "a").publicCosts().set(Budgets.wan("0.004"));
        String text = Budgets.text(department);
        assertThat(text).contains("基本支出预算0.01万元（人员经费0万元，公用经费0万元）");
        assertThat(text).contains("注：人员经费与公用经费金额四舍五入后合计0万元，与基本支出0.01万元相差0.01万元，为因四舍五入产生的差异。");
    }
}
