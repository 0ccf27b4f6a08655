package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class AmountSumTest {

    private static ObjectProperty<BigDecimal> amount(String value) {
        return new SimpleObjectProperty<>(value == null ? null : new BigDecimal(value));
    }

    @Test
    void anEmptySumIsZeroWithScaleTwo() {
        AmountSum sum = new AmountSum("empty");

        assertThat(sum.get()).isEqualTo(new BigDecimal("0.00"));
        assertThat(sum.size()).isZero();
        assertThat(sum.getName()).isEqualTo("empty");
    }

    @Test
    void addedPartsAreSummed() {
        AmountSum sum = AmountSum.of("sum", amount("1.10"), amount("2.20"));
        sum.add(amount("3.30"));

        assertThat(sum.get()).isEqualTo(new BigDecimal("6.60"));
        assertThat(sum.size()).isEqualTo(3);
    }

    @Test
    void aRemovedPartLeavesTheTotal() {
        ObjectProperty<BigDecimal> a = amount("1.10");
        ObjectProperty<BigDecimal> b = amount("2.20");
        AmountSum sum = AmountSum.of("sum", a, b);

        sum.remove(a);

        assertThat(sum.get()).isEqualTo(new BigDecimal("2.20"));
        assertThat(sum.size()).isEqualTo(1);
    }

    @Test
    void aRemovedPartNoLongerMovesTheTotal() {
        ObjectProperty<BigDecimal> a = amount("1.10");
        AmountSum sum = AmountSum.of("sum", a, amount("2.20"));
        sum.remove(a);

        a.set(new BigDecimal("100.00"));

        assertThat(sum.get()).isEqualTo(new BigDecimal("2.20"));
    }

    @Test
    void aChangedPartMovesTheTotalByItsDelta() {
        ObjectProperty<BigDecimal> a = amount("1.10");
        AmountSum sum = AmountSum.of("sum", a, amount("2.20"));
        List<BigDecimal> seen = new ArrayList<>();
        sum.addListener((obs, before, after) -> seen.add(after));

        a.set(new BigDecimal("5.00"));
        a.set(new BigDecimal("0.40"));

        assertThat(sum.get()).isEqualTo(new BigDecimal("2.60"));
        assertThat(seen).containsExactly(new BigDecimal("7.20"), new BigDecimal("2.60"));
    }

    @Test
    void anUnchangedTotalFiresNoEvent() {
        ObjectProperty<BigDecimal> a = amount("1.10");
        AmountSum sum = AmountSum.of("sum", a);
        List<BigDecimal> seen = new ArrayList<>();
        sum.addListener((obs, before, after) -> seen.add(after));

        a.set(new BigDecimal("1.1"));
        sum.add(amount("0.00"));

        assertThat(seen).isEmpty();
    }

    @Test
    void aPartNotPublishedLeavesTheTotalUnknownUntilItIsEnteredOrRemoved() {
        ObjectProperty<BigDecimal> a = amount(null);
        AmountSum sum = AmountSum.of("sum", a, amount("2.00"));
        assertThat(sum.get()).isNull();
        assertThat(sum.isPublished()).isFalse();

        a.set(new BigDecimal("3.00"));
        assertThat(sum.get()).isEqualTo(new BigDecimal("5.00"));

        a.set(null);
        assertThat(sum.get()).isNull();

        sum.remove(a);
        assertThat(sum.get()).isEqualTo(new BigDecimal("2.00"));
        assertThat(sum.isPublished()).isTrue();
    }

    @Test
    void aTotalAboveAnUnknownTotalIsUnknownAndTellsItsListeners() {
        ObjectProperty<BigDecimal> leaf = amount("1.00");
        AmountSum lower = AmountSum.of("lower", leaf, amount("2.00"));
        AmountSum upper = AmountSum.of("upper", lower, amount("10.00"));
        List<BigDecimal> seen = new ArrayList<>();
        upper.addListener((obs, before, after) -> seen.add(after));

        leaf.set(null);
        leaf.set(new BigDecimal("4.00"));

        assertThat(seen).containsExactly(null, new BigDecimal("16.00"));
    }

    @Test
    void sumsOfSumsFollowALeaf() {
        ObjectProperty<BigDecimal> leaf = amount("1.00");
        AmountSum lower = AmountSum.of("lower", leaf, amount("2.00"));
        AmountSum upper = AmountSum.of("upper", lower, amount("10.00"));

        leaf.set(new BigDecimal("4.00"));

        assertThat(upper.get()).isEqualTo(new BigDecimal("16.00"));
    }

    @Test
    void addingAPartTwiceIsRejectedAndLeavesTheTotal() {
        ObjectProperty<BigDecimal> a = amount("1.10");
        AmountSum sum = AmountSum.of("sum", a);

        assertThatThrownBy(() -> sum.add(a)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sum.get()).isEqualTo(new BigDecimal("1.10"));
        assertThat(sum.size()).isEqualTo(1);
        a.set(new BigDecimal("2.00"));
        assertThat(sum.get()).isEqualTo(new BigDecimal("2.00"));
    }

    @Test
    void removingAStrangerIsRejected() {
        AmountSum sum = AmountSum.of("sum", amount("1.10"));

        assertThatThrownBy(() -> sum.remove(amount("1.10"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(sum.get()).isEqualTo(new BigDecimal("1.10"));
    }

    @Test
    void partsAddedAtOnceMoveTheTotalOnceAndAreFollowedAfterwards() {
        List<ObjectProperty<BigDecimal>> parts = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            parts.add(amount(i + ".00"));
        }
        AmountSum sum = AmountSum.of("sum", amount("0.50"));
        List<BigDecimal> heard = new ArrayList<>();
        sum.addListener((obs, before, after) -> heard.add(after));

        sum.addAll(parts);
        parts.get(29).set(new BigDecimal("31.00"));

        assertThat(heard).containsExactly(new BigDecimal("465.50"), new BigDecimal("466.50"));
        assertThat(sum.size()).isEqualTo(31);
    }

    @Test
    void partsAddedAtOnceWithOneNotPublishedLeaveTheTotalUnknownAndARefusedPartKeepsTheOnesBefore() {
        ObjectProperty<BigDecimal> missing = amount(null);
        ObjectProperty<BigDecimal> first = amount("1.00");
        AmountSum sum = new AmountSum("sum");
        sum.addAll(List.of(first, missing, amount("2.00")));
        assertThat(sum.get()).isNull();
        missing.set(new BigDecimal("4.00"));
        assertThat(sum.get()).isEqualTo(new BigDecimal("7.00"));

        List<BigDecimal> heard = new ArrayList<>();
        sum.addListener((obs, before, after) -> heard.add(after));
        assertThatThrownBy(() -> sum.addAll(List.of(amount("10.00"), first)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sum.get()).isEqualTo(new BigDecimal("17.00"));
        assertThat(heard).containsExactly(new BigDecimal("17.00"));
    }

    /** A total of many parts (部门汇总 sums one per unit) keeps them in a set: the same rules must hold there. */
    @Test
    void aTotalOfManyPartsRefusesDuplicatesAndStrangersAndFollowsEveryPart() {
        List<ObjectProperty<BigDecimal>> parts = new ArrayList<>();
        AmountSum sum = new AmountSum("many");
        for (int i = 1; i <= 40; i++) {
            ObjectProperty<BigDecimal> part = amount(i + ".00");
            parts.add(part);
            sum.add(part);
        }
        assertThat(sum.get()).isEqualByComparingTo("820.00");

        assertThatThrownBy(() -> sum.add(parts.get(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sum.remove(amount("1.00"))).isInstanceOf(IllegalArgumentException.class);
        for (int i = 0; i < 30; i += 2) {
            sum.remove(parts.get(i));
        }
        parts.get(1).set(new BigDecimal("102.00"));
        parts.get(0).set(new BigDecimal("999.00"));

        assertThat(sum.size()).isEqualTo(25);
        assertThat(sum.get()).isEqualByComparingTo(new BigDecimal("820.00").subtract(new BigDecimal("225.00"))
                .add(new BigDecimal("100.00")));
        assertThatThrownBy(() -> sum.remove(parts.get(0))).isInstanceOf(IllegalArgumentException.class);
    }
}
