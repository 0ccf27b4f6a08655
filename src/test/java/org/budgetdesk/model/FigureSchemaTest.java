package org.budgetdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetdesk.model.TestLines.set;
import static org.budgetdesk.model.TestLines.yuan;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class FigureSchemaTest {

    @Test
    void everyFigureTheBuildKnowsByNameIsDeclaredAndHeldAsItsKindSays() {
        FigureSchema schema = FigureSchema.standard();
        assertThat(schema.added()).isEmpty();
        assertThat(schema.figures()).extracting(Figure::key).containsAll(FigureSchema.builtInKeys());
        Unit unit = new Unit("单位");
        for (Figure figure : schema.figures()) {
            Object held = figure.access().apply(unit);
            Class<?> expected = switch (figure.kind()) {
                case COMPARED -> ComparedAmount.class;
                case AMOUNT -> ObjectProperty.class;
                case COUNT -> IntegerProperty.class;
                case TEXT -> StringProperty.class;
            };
            assertThat(held).as(figure.key()).isInstanceOf(expected);
        }
    }

    @Test
    void aFigureSplitByFundIsFollowedByTheSharesOfTheOtherFunds() {
        FigureSchema schema = FigureSchema.standard();
        Figure share = schema.figure("reception/GOVERNMENT_FUND");
        assertThat(share.whole()).isEqualTo("reception");
        assertThat(share.fund()).isEqualTo(Fund.GOVERNMENT_FUND);
        assertThat(share.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("公务接待费（政府性基金预算）");
        assertThat(schema.figure("reception/GENERAL_PUBLIC_BUDGET")).isNull();
        Unit unit = new Unit("单位");
        assertThat(share.compared(unit))
                .isSameAs(unit.threePublic().entered(Fund.GOVERNMENT_FUND, ThreePublicPart.RECEPTION));
    }

    @Test
    void anAddedFigureIsHeldByKeyAndConsolidatedLikeTheBuiltInOnes() {
        try (FigureSchema.Installed ignored = ExtraFigures.install()) {
            Figure training = FigureSchema.current().figure("training");
            Figure archives = FigureSchema.current().figure("archives");
            assertThat(FigureSchema.current().added()).extracting(Figure::key)
                    .containsExactly("training", "meetings", "meetingVenue", "meetingCatering", "archives");
            Department department = new Department("部门", 2021);
            Unit second = new Unit("二级单位");
            department.units().add(second);
            set(training.compared(department.ownUnit()), "3.00", "2.00");
            set(training.compared(second), "4.00", "1.00");
            archives.count(second).set(7);
            training.compared(department.ownUnit()).reason().set("新增培训任务");

            Unit consolidated = department.consolidated();
            assertThat(training.compared(consolidated).current().get()).isEqualTo(yuan("7.00"));
            assertThat(training.compared(consolidated).prior().get()).isEqualTo(yuan("3.00"));
            assertThat(training.compared(consolidated).reason().get()).isEqualTo("新增培训任务");
            assertThat(archives.count(consolidated).get()).isEqualTo(7);
            assertThat(second.added().comparedByKey()).containsKey("training");
        }
        assertThat(FigureSchema.current()).isSameAs(FigureSchema.standard());
    }

    @Test
    void aMalformedDeclarationNamesItsLine() {
        FigureSchema standard = FigureSchema.standard();
        assertThatThrownBy(() -> standard.with("# a comment\nfoo | NOWHERE | COMPARED | - | - | 甲 | A", "x.txt"))
                .hasMessageContaining("x.txt line 2");
        assertThatThrownBy(() -> standard.with("foo | OTHER | TEXT | stated | - | 甲 | A", "x.txt"))
                .hasMessageContaining("only a COMPARED figure states a change");
        assertThatThrownBy(() -> standard.with("reception | OTHER | COMPARED | - | - | 甲 | A", "x.txt"))
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> standard.with("foo | OTHER | COUNT | - | operatingCosts | 甲 | A", "x.txt"))
                .hasMessageContaining("part of operatingCosts");
        assertThatThrownBy(() -> standard.with("foo.bar | OTHER | COUNT | - | - | 甲 | A", "x.txt"))
                .hasMessageContaining("a key is a letter");
        assertThatThrownBy(() -> standard.with("foo | OTHER | COUNT | - | - | 甲", "x.txt"))
                .hasMessageContaining("expected 7 cells");
    }

    @Test
    void anAmountFigureStartsAtZero() {
        try (FigureSchema.Installed ignored = FigureSchema.use(FigureSchema.standard()
                .with("fees | OTHER | AMOUNT | - | - | 手续费 | Fees", "test"))) {
            ObjectProperty<BigDecimal> fees = FigureSchema.current().figure("fees").amount(new Unit("单位"));
            assertThat(fees.get()).isEqualTo(yuan("0.00"));
        }
    }
}
