package org.budgetdesk.export.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.undo.Command;
import org.budgetdesk.undo.Edits;

/** The changes of a plan as they are found, each with its command; figures that cannot be placed as problems. */
final class PlanChanges {
    final List<ImportPlan.Change> changes = new ArrayList<>();
    final List<Command> commands = new ArrayList<>();
    final List<Unreadable> problems = new ArrayList<>();

    /**
     * Sets an amount when it differs. A prior may be null (not published); a current amount may not. A negative or
     * impossible value is a problem: the figures of the workbook do not fit the project's other units.
     */
    void set(String unit, String figure, String subject, ObjectProperty<BigDecimal> property, BigDecimal value,
             boolean prior) {
        BigDecimal before = property.get();
        if (same(before, value)) {
            return;
        }
        if (value == null && !prior || value != null && Amounts.problemWith(value) != null) {
            problems.add(new Unreadable("", 0, "", "import.problem.cannotPlace",
                    unit + " / " + subject + ": " + (value == null ? "—" : value.toPlainString())));
            return;
        }
        changes.add(new ImportPlan.Change(unit, figure, subject, before, value));
        commands.add(prior ? Edits.setPriorAmount(property, value) : Edits.setAmount(property, value));
    }

    /**
     * The sum of other units' figures under a figure the workbook gives for the department as a whole. In the prior
     * year a not-published figure there becomes 0: the table gives the department's whole figure.
     */
    BigDecimal sumOthers(List<Map.Entry<String, ObjectProperty<BigDecimal>>> others, String figure, String subject,
                         boolean prior) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, ObjectProperty<BigDecimal>> other : others) {
            BigDecimal value = other.getValue().get();
            if (value == null && prior) {
                set(other.getKey(), figure, subject, other.getValue(), BigDecimal.ZERO.setScale(2), true);
                value = BigDecimal.ZERO;
            }
            sum = plus(sum, value);
        }
        return sum;
    }

    void add(Command command) {
        commands.add(command);
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** a + b where null (not published) in either gives null. */
    static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    /** a − b where null in either gives null. */
    static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
