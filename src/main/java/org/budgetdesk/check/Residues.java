package org.budgetdesk.check;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Supplier;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.Amounts;

/**
 * Rounding residues (REFERENCE §3): a total and its parts each rounded to 万元 need not add up. A gap of at most
 * 0.01万元 per part is information, with the sentence the explanation can use; a larger gap is an error.
 */
final class Residues {
    private static final BigDecimal PER_PART = new BigDecimal("0.01");
    private static final DisplayUnit WAN = DisplayUnit.WAN_YUAN;

    private Residues() {
    }

    /**
     * Compares a total with its parts as the tables show them, in 万元.
     *
     * @param location where the total is, made only when there is a gap
     * @param whole    the name of the total (a String or a Term), made only when there is a gap
     * @param parts    what the parts are (a Term: its items, its sections, the classes)
     */
    static void compare(Scope scope, Supplier<Location> location, Supplier<Object> whole, Object parts,
                        BigDecimal wholeYuan, Collection<BigDecimal> partsYuan) {
        BigDecimal shown = WAN.fromYuan(wholeYuan);
        BigDecimal sum = Amounts.ZERO;
        for (BigDecimal part : partsYuan) {
            sum = sum.add(WAN.fromYuan(part));
        }
        BigDecimal gap = shown.subtract(sum).abs();
        if (gap.signum() == 0) {
            return;
        }
        BigDecimal allowed = PER_PART.multiply(BigDecimal.valueOf(partsYuan.size()));
        if (gap.compareTo(allowed) <= 0) {
            scope.report(Severity.INFO, location.get(), "residue.info", whole.get(), RuleText.shown(shown), parts,
                    RuleText.shown(sum), RuleText.shown(gap), RuleText.count(partsYuan.size()));
        } else {
            scope.report(Severity.ERROR, location.get(), "residue.error", whole.get(), RuleText.shown(shown), parts,
                    RuleText.shown(sum), RuleText.shown(gap), RuleText.shown(allowed));
        }
    }
}
