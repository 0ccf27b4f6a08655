package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureKind;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.Unit;

/**
 * X15: a figure the schema declares with parts (a subtotal entered beside its parts, as 会议费 with its 场地费 and
 * 伙食费) equals the sum of its parts, this year and last. A subtotal published without its parts is allowed: the
 * check runs only where some part is entered, and not over a prior that is not published.
 */
final class FigurePartsRule extends UnitRule {
    FigurePartsRule() {
        super("X15");
    }

    @Override
    void check(Scope scope) {
        FigureSchema schema = FigureSchema.current();
        for (Figure whole : schema.figures()) {
            List<Figure> parts = schema.partsOf(whole.key());
            if (parts.isEmpty()) {
                continue;
            }
            switch (whole.kind()) {
                case COMPARED -> {
                    check(scope, whole, parts, "term.current", (figure, unit) -> figure.compared(unit).current().get());
                    check(scope, whole, parts, "term.prior", (figure, unit) -> figure.compared(unit).prior().get());
                }
                case AMOUNT -> check(scope, whole, parts, "term.current", (figure, unit) -> figure.amount(unit).get());
                case COUNT -> check(scope, whole, parts, "term.current",
                        (figure, unit) -> BigDecimal.valueOf(figure.count(unit).get()));
                case TEXT -> {
                    // the schema refuses parts of a text
                }
            }
        }
    }

    /** How one value of a figure is read: this year's or last year's amount, or a count. */
    private interface Value {
        BigDecimal of(Figure figure, Unit unit);
    }

    private static void check(Scope scope, Figure whole, List<Figure> parts, String year, Value value) {
        Unit unit = scope.unit();
        BigDecimal total = value.of(whole, unit);
        BigDecimal sum = BigDecimal.ZERO;
        boolean anyEntered = false;
        for (Figure part : parts) {
            BigDecimal amount = value.of(part, unit);
            if (amount == null || total == null) {
                return; // not published: the sum is not known
            }
            anyEntered |= amount.signum() != 0;
            sum = sum.add(amount);
        }
        if (!anyEntered || total.compareTo(sum) == 0) {
            return;
        }
        boolean count = whole.kind() == FigureKind.COUNT;
        Function<BigDecimal, Object> shown = count ? amount -> RuleText.count(amount.intValueExact())
                : RuleText::wan;
        scope.report(Severity.ERROR, scope.at(whole.section(), null, whole.key()), count ? "X15.count" : "X15.amount",
                RuleText.term(year), RuleText.name(whole), shown.apply(total), names(parts), shown.apply(sum),
                count ? RuleText.count(total.subtract(sum).abs().intValueExact()) : RuleText.gap(total.subtract(sum)));
    }

    /** The parts' names, joined as a list is in each language. */
    private static RuleText.Name names(List<Figure> parts) {
        return new RuleText.Name(
                String.join("、", parts.stream().map(Figure::chinese).toList()),
                String.join(", ", parts.stream().map(Figure::english).toList()));
    }
}
