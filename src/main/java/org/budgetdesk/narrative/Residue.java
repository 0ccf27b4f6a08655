package org.budgetdesk.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;

/**
 * A rounding residue: parts rounded to 万元 one by one that do not add up to their whole rounded once (the sample's
 * 社会保障和就业支出 690.58 against its 项 summing to 690.59). It is information to state, not an error to hide.
 *
 * @param sum        the sum of the rounded parts, as stated: 690.59
 * @param total      the rounded whole: 690.58
 * @param difference the size of the difference: 0.01
 */
public record Residue(String sum, String total, String difference) {

    /** The residue between parts and their whole, all in 元, stated in 万元; empty when the rounded parts add up. */
    public static Optional<Residue> of(List<BigDecimal> partsYuan, BigDecimal wholeYuan) {
        return of(partsYuan, wholeYuan, DisplayUnit.WAN_YUAN);
    }

    /** The residue between parts and their whole, all in 元, stated in {@code unit} (none in 元: it is exact). */
    public static Optional<Residue> of(List<BigDecimal> partsYuan, BigDecimal wholeYuan, DisplayUnit unit) {
        BigDecimal sum = partsYuan.stream().map(unit::fromYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = unit.fromYuan(wholeYuan);
        if (sum.compareTo(total) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Residue(Numbers.trim(sum), Numbers.trim(total), Numbers.trim(sum.subtract(total).abs())));
    }
}
