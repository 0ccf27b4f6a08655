package org.budgetdesk.undo;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.FundingSource;

/** jqwik generators for random edit sequences. */
final class EditStepArbitraries {
    private EditStepArbitraries() {
    }

    /** Up to {@code maxSize} random edits of every kind, adding and removing units and lines among them. */
    static Arbitrary<List<EditStep>> sequences(int maxSize) {
        return step().list().ofMinSize(1).ofMaxSize(maxSize);
    }

    static Arbitrary<EditStep> step() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, setFunctionalAmount()),
                Tuple.of(4, Combinators.combine(pick(), functionalCode(), source(), amount())
                        .as(EditStep.AddFunctionalLine::new)),
                Tuple.of(3, Combinators.combine(pick(), pick()).as(EditStep.RemoveFunctionalLine::new)),
                Tuple.of(4, Combinators.combine(pick(), pick(), Arbitraries.of(true, false), amount())
                        .as(EditStep.SetEconomicAmount::new)),
                Tuple.of(3, Combinators.combine(pick(), economicCode(), amount())
                        .as(EditStep.AddEconomicLine::new)),
                Tuple.of(2, Combinators.combine(pick(), pick()).as(EditStep.RemoveEconomicLine::new)),
                Tuple.of(4, Combinators.combine(pick(), source(), Arbitraries.of(true, false), amount())
                        .as(EditStep.SetIncome::new)),
                Tuple.of(3, Combinators.combine(pick(), pick(), Arbitraries.of(true, false), amount())
                        .as(EditStep.SetThreePublic::new)),
                Tuple.of(2, Combinators.combine(pick(), pick(), amount())
                        .as(EditStep.SetOtherAmount::new)),
                Tuple.of(2, Combinators.combine(pick(), pick(), Arbitraries.integers().between(0, 50))
                        .as(EditStep.SetCount::new)),
                Tuple.of(3, Combinators.combine(pick(), pick(), text()).as(EditStep.SetText::new)),
                Tuple.of(1, Combinators.combine(pick(), Arbitraries.of(true, false),
                        text().list().ofMaxSize(3)).as(EditStep.ReplaceParagraphs::new)),
                Tuple.of(1, Combinators.combine(pick(), text(), amount()).as(EditStep.AddProject::new)),
                Tuple.of(1, Combinators.combine(pick(), pick()).as(EditStep.RemoveProject::new)),
                Tuple.of(1, Combinators.combine(pick(), pick(), amount())
                        .as(EditStep.SetProjectAmount::new)),
                Tuple.of(2, Combinators.combine(text(), functionalCode().list().ofMaxSize(4), amount())
                        .as(EditStep.AddUnit::new)),
                Tuple.of(2, pick().map(EditStep.RemoveUnit::new)),
                Tuple.of(1, setFunctionalAmount().list().ofMinSize(1).ofMaxSize(5)
                        .map(EditStep.Paste::new)));
    }

    private static Arbitrary<EditStep.SetFunctionalAmount> setFunctionalAmount() {
        return Combinators.combine(pick(), pick(), Arbitraries.integers().between(0, 3), amount())
                .as(EditStep.SetFunctionalAmount::new);
    }

    /** A unit, line or field pick; reduced modulo the number of choices when applied. */
    private static Arbitrary<Integer> pick() {
        return Arbitraries.integers().between(0, 20);
    }

    /** Valid amounts: mostly ordinary, with zero and the largest accepted amount as edge cases. */
    static Arbitrary<BigDecimal> amount() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, new BigDecimal("100000000")).ofScale(2)),
                Tuple.of(1, Arbitraries.of(Amounts.ZERO, Amounts.MAX, new BigDecimal("0.01"))));
    }

    /** 7-digit 项 codes: mostly from a few 类 and 款 so that lines share groups and units share lines. */
    static Arbitrary<String> functionalCode() {
        Arbitrary<String> common = Combinators.combine(
                Arbitraries.of("201", "208", "210", "221"), Arbitraries.of("01", "05", "11"),
                Arbitraries.of("01", "09", "99")).as((c, s, i) -> c + s + i);
        return Arbitraries.frequencyOf(
                Tuple.of(4, common),
                Tuple.of(1, Arbitraries.strings().numeric().ofLength(7)));
    }

    /** 5-digit economic codes, mostly from the usual classes, some from anywhere. */
    static Arbitrary<String> economicCode() {
        Arbitrary<String> common = Combinators.combine(
                Arbitraries.of("301", "302", "303", "310", "399"), Arbitraries.of("01", "02", "99"))
                .as((c, i) -> c + i);
        return Arbitraries.frequencyOf(
                Tuple.of(4, common),
                Tuple.of(1, Arbitraries.strings().numeric().ofLength(5)));
    }

    private static Arbitrary<FundingSource> source() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(FundingSource.GENERAL_PUBLIC_BUDGET)),
                Tuple.of(2, Arbitraries.of(FundingSource.class)));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.of("", "保障运转", "压减开支", "用于…"),
                Arbitraries.strings().withCharRange('一', '十').ofMaxLength(4));
    }
}
