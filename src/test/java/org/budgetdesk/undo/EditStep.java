package org.budgetdesk.undo;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.model.FundingSource;

/**
 * One random edit ({@link RandomEditSteps}), described by plain values so that a failing sequence reads in the
 * failure message. The {@code int} picks choose a unit, line or field of the department as it is when the step is
 * applied ({@link RandomEdits}).
 */
interface EditStep {

    /** A step that edits one unit, chosen by {@link #unit()}. */
    interface OfUnit extends EditStep {
        int unit();
    }

    /** field: 0 personnel, 1 public costs, 2 project, 3 prior. */
    record SetFunctionalAmount(int unit, int line, int field, BigDecimal amount) implements OfUnit {
    }

    record AddFunctionalLine(int unit, String code, FundingSource source, BigDecimal personnel) implements OfUnit {
    }

    record RemoveFunctionalLine(int unit, int line) implements OfUnit {
    }

    record SetEconomicAmount(int unit, int line, boolean prior, BigDecimal amount) implements OfUnit {
    }

    record AddEconomicLine(int unit, String code, BigDecimal current) implements OfUnit {
    }

    record RemoveEconomicLine(int unit, int line) implements OfUnit {
    }

    record SetIncome(int unit, FundingSource source, boolean prior, BigDecimal amount) implements OfUnit {
    }

    /** part: 0 overseas travel, 1 reception, 2 vehicle purchase, 3 vehicle operation. */
    record SetThreePublic(int unit, int part, boolean prior, BigDecimal amount) implements OfUnit {
    }

    /** which: 0/1 operating costs current/prior, 2 goods, 3 works, 4 services. */
    record SetOtherAmount(int unit, int which, BigDecimal amount) implements OfUnit {
    }

    /** which: a vehicle use, then large equipment, planned vehicles, planned equipment. */
    record SetCount(int unit, int which, int value) implements OfUnit {
    }

    /** which: a line's purpose (by line pick), or one of the unit's single texts. */
    record SetText(int unit, int which, String text) implements OfUnit {
    }

    record ReplaceParagraphs(int unit, boolean keyTasks, List<String> paragraphs) implements OfUnit {
    }

    record AddProject(int unit, String name, BigDecimal amount) implements OfUnit {
    }

    record RemoveProject(int unit, int project) implements OfUnit {
    }

    record SetProjectAmount(int unit, int project, BigDecimal amount) implements OfUnit {
    }

    /** A new subordinate unit that already has functional lines with these codes and some income. */
    record AddUnit(String name, List<String> codes, BigDecimal amount) implements EditStep {
    }

    record RemoveUnit(int unit) implements EditStep {
    }

    /** Several amount edits pasted as one undo step. */
    record Paste(List<SetFunctionalAmount> cells) implements EditStep {
    }
}
