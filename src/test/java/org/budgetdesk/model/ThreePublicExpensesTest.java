package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdesk.model.TestLines.set;
import static org.budgetdesk.model.TestLines.yuan;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ThreePublicExpensesTest {

    private final ThreePublicExpenses threePublic = new ThreePublicExpenses();

    @Test
    void vehiclesArePurchasePlusOperation() {
        set(threePublic.vehiclePurchase(), "200000.00", "0.00");
        set(threePublic.vehicleOperation(), "30000.00", "40000.00");

        assertThat(threePublic.vehicles().current().get()).isEqualTo(yuan("230000.00"));
        assertThat(threePublic.vehicles().prior().get()).isEqualTo(yuan("40000.00"));
    }

    @Test
    void totalIsTravelReceptionAndVehicles() {
        set(threePublic.overseasTravel(), "1000.00", "2000.00");
        set(threePublic.reception(), "30000.00", "38800.00");
        set(threePublic.vehiclePurchase(), "200000.00", "0.00");
        set(threePublic.vehicleOperation(), "30000.00", "40000.00");

        assertThat(threePublic.total().current().get()).isEqualTo(yuan("261000.00"));
        assertThat(threePublic.total().prior().get()).isEqualTo(yuan("80800.00"));

        threePublic.vehicleOperation().current().set(yuan("0.00"));
        assertThat(threePublic.total().current().get()).isEqualTo(yuan("231000.00"));
    }

    @Test
    void seedTotalFellByTwentyTwoPointSixEightPercent() {
        // 3万元 against 3.88万元, all 公务接待费
        set(threePublic.reception(), "30000.00", "38800.00");

        YearOnYear comparison = threePublic.total().yearOnYear().get();
        assertThat(comparison.change()).isEqualTo(new BigDecimal("-8800.00"));
        assertThat(comparison.direction()).isEqualTo(Direction.DECREASE);
        assertThat(comparison.rate().percent(2)).contains(new BigDecimal("-22.68"));
        assertThat(threePublic.vehicles().yearOnYear().get().direction()).isEqualTo(Direction.UNCHANGED);
        assertThat(threePublic.vehicles().yearOnYear().get().hasNoBasis()).isTrue();
    }

    @Test
    void shareOfAPartFollowsThePartAndTheTotal() {
        set(threePublic.reception(), "30000.00", "0.00");
        set(threePublic.vehicleOperation(), "10000.00", "0.00");

        var share = threePublic.shareOf(threePublic.reception());
        assertThat(share.get().percent(2)).contains(new BigDecimal("75.00"));
        assertThat(threePublic.shareOf(threePublic.vehicles()).get().percent(2)).contains(new BigDecimal("25.00"));

        threePublic.overseasTravel().current().set(yuan("60000.00"));
        assertThat(share.get().percent(2)).contains(new BigDecimal("30.00"));
    }

    @Test
    void shareIsUndefinedWhenThereIsNoThreePublicSpending() {
        assertThat(threePublic.shareOf(threePublic.reception()).get().isDefined()).isFalse();
    }
}
