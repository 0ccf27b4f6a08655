package org.budgetdesk.undo;

import static org.budgetdesk.RandomValues.between;
import static org.budgetdesk.RandomValues.byWeight;
import static org.budgetdesk.RandomValues.cents;
import static org.budgetdesk.RandomValues.digits;
import static org.budgetdesk.RandomValues.listOf;
import static org.budgetdesk.RandomValues.oneOf;
import static org.budgetdesk.RandomValues.weighted;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.budgetdesk.RandomValues;
import org.budgetdesk.RandomValues.Weighted;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.FundingSource;

/** Random edit sequences of every kind, adding and removing units and lines among them. */
final class RandomEditSteps {
    private static final List<Weighted<EditStep>> KINDS = List.of(
            weighted(8, RandomEditSteps::setFunctionalAmount),
            weighted(4, random -> new EditStep.AddFunctionalLine(pick(random), functionalCode(random),
                    source(random), amount(random))),
            weighted(3, random -> new EditStep.RemoveFunctionalLine(pick(random), pick(random))),
            weighted(4, random -> new EditStep.SetEconomicAmount(pick(random), pick(random), random.nextBoolean(),
                    amount(random))),
            weighted(3, random -> new EditStep.AddEconomicLine(pick(random), economicCode(random), amount(random))),
            weighted(2, random -> new EditStep.RemoveEconomicLine(pick(random), pick(random))),
            weighted(4, random -> new EditStep.SetIncome(pick(random), source(random), random.nextBoolean(),
                    amount(random))),
            weighted(3, random -> new EditStep.SetThreePublic(pick(random), pick(random), random.nextBoolean(),
                    amount(random))),
            weighted(2, random -> new EditStep.SetOtherAmount(pick(random), pick(random), amount(random))),
            weighted(2, random -> new EditStep.SetCount(pick(random), pick(random), between(random, 0, 50))),
            weighted(3, random -> new EditStep.SetText(pick(random), pick(random), text(random))),
            weighted(1, random -> new EditStep.ReplaceParagraphs(pick(random), random.nextBoolean(),
                    listOf(random, 0, 3, RandomEditSteps::text))),
            weighted(1, random -> new EditStep.AddProject(pick(random), text(random), amount(random))),
            weighted(1, random -> new EditStep.RemoveProject(pick(random), pick(random))),
            weighted(1, random -> new EditStep.SetProjectAmount(pick(random), pick(random), amount(random))),
            weighted(2, random -> new EditStep.AddUnit(text(random),
                    listOf(random, 0, 4, RandomEditSteps::functionalCode), amount(random))),
            weighted(2, random -> new EditStep.RemoveUnit(pick(random))),
            weighted(1, random -> new EditStep.Paste(listOf(random, 1, 5, RandomEditSteps::setFunctionalAmount))));

    private RandomEditSteps() {
    }

    /** From 1 to {@code maxSize} random edits. */
    static List<EditStep> sequence(Random random, int maxSize) {
        return listOf(random, 1, maxSize, RandomEditSteps::step);
    }

    static EditStep step(Random random) {
        return byWeight(random, KINDS);
    }

    private static EditStep.SetFunctionalAmount setFunctionalAmount(Random random) {
        return new EditStep.SetFunctionalAmount(pick(random), pick(random), between(random, 0, 3), amount(random));
    }

    /** A unit, line or field pick; reduced modulo the number of choices when applied. */
    private static int pick(Random random) {
        return between(random, 0, 20);
    }

    /** Valid amounts: mostly ordinary, with zero, a cent and the largest accepted amount as edge cases. */
    static BigDecimal amount(Random random) {
        if (random.nextInt(11) == 0) {
            return oneOf(random, Amounts.ZERO, Amounts.MAX, new BigDecimal("0.01"));
        }
        return cents(random, 10_000_000_000L);
    }

    /** 7-digit 项 codes: mostly from a few 类 and 款 so that lines share groups and units share lines. */
    static String functionalCode(Random random) {
        if (random.nextInt(5) == 0) {
            return digits(random, 7);
        }
        return oneOf(random, "201", "208", "210", "221") + oneOf(random, "01", "05", "11")
                + oneOf(random, "01", "09", "99");
    }

    /** 5-digit economic codes, mostly from the usual classes, some from anywhere. */
    static String economicCode(Random random) {
        if (random.nextInt(5) == 0) {
            return digits(random, 5);
        }
        return oneOf(random, "301", "302", "303", "310", "399") + oneOf(random, "01", "02", "99");
    }

    private static FundingSource source(Random random) {
        return random.nextInt(5) < 3 ? FundingSource.GENERAL_PUBLIC_BUDGET : oneOf(random, FundingSource.values());
    }

    private static String text(Random random) {
        return random.nextBoolean()
                ? oneOf(random, "", "保障运转", "压减开支", "用于…")
                : RandomValues.text(random, '一', '十', 4);
    }
}
