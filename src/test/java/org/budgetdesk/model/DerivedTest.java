package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The derived bindings observe their amounts only once read, and behave as eager bindings do for every reader. */
class DerivedTest {
    private final ObjectProperty<BigDecimal> current = new SimpleObjectProperty<>(new BigDecimal("120.00"));
    private final ObjectProperty<BigDecimal> prior = new SimpleObjectProperty<>(new BigDecimal("100.00"));

    @Test
    void aBindingObservesItsAmountsOnlyOnceReadAndThenReadsTheLatest() {
        CountedAmount part = new CountedAmount("30.00");
        CountedAmount whole = new CountedAmount("60.00");
        ObjectBinding<Ratio> share = Derived.share(part, whole);

        part.set(new BigDecimal("45.00"));
        assertThat(part.observers + whole.observers).as("nobody read it yet").isZero();

        assertThat(share.get()).isEqualTo(new Ratio(new BigDecimal("45.00"), new BigDecimal("60.00")));
        assertThat(part.observers).isEqualTo(1);
        assertThat(whole.observers).isEqualTo(1);
        share.get();
        assertThat(part.observers + whole.observers).as("observed once").isEqualTo(2);
    }

    /** An amount that counts who observes it. */
    private static final class CountedAmount extends SimpleObjectProperty<BigDecimal> {
        int observers;

        CountedAmount(String amount) {
            super(new BigDecimal(amount));
        }

        @Override
        public void addListener(javafx.beans.InvalidationListener listener) {
            observers++;
            super.addListener(listener);
        }
    }

    @Test
    void onceReadItFollowsEveryChangeOfEitherAmount() {
        AtomicInteger notified = new AtomicInteger();
        ObjectBinding<Ratio> share = Derived.share(current, prior);
        share.addListener(observable -> notified.incrementAndGet());
        assertThat(share.get()).isEqualTo(new Ratio(new BigDecimal("120.00"), new BigDecimal("100.00")));

        current.set(new BigDecimal("50.00"));
        assertThat(notified).hasValue(1);
        assertThat(share.get()).isEqualTo(new Ratio(new BigDecimal("50.00"), new BigDecimal("100.00")));
        prior.set(new BigDecimal("200.00"));
        assertThat(notified).hasValue(2);
        assertThat(share.get()).isEqualTo(new Ratio(new BigDecimal("50.00"), new BigDecimal("200.00")));
    }

    @Test
    void aChangeListenerAddedBeforeAnyReadSeesEveryChange() {
        List<BigDecimal> seen = new ArrayList<>();
        ObjectBinding<YearOnYear> change = Derived.yearOnYear(current, prior);
        change.addListener((observable, before, after) -> seen.add(after.change()));

        current.set(new BigDecimal("150.00"));
        prior.set(new BigDecimal("150.00"));

        assertThat(seen).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50.00"), BigDecimal.ZERO);
    }

    @Test
    void disposingStopsTheNotifications() {
        AtomicInteger notified = new AtomicInteger();
        ObjectBinding<YearOnYear> change = Derived.yearOnYear(current, prior);
        change.get();
        change.addListener(observable -> notified.incrementAndGet());
        change.dispose();

        current.set(BigDecimal.ONE);

        assertThat(notified).hasValue(0);
        assertThat(new ArrayList<Object>(change.getDependencies())).containsExactly(current, prior);
    }
}
