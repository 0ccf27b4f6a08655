package org.budgetdesk.check;

import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.model.Department;

/** One consistency check. Rules read the model and never change it. */
public interface Rule {
    /** The id, as REFERENCE §8 and the README number the checks: X1…X15, N7…N10, P1…P5. */
    String id();

    /**
     * Whether this rule can find an error; a rule of warnings and information only cannot stop an export, so the
     * export's own check ({@link Checker#errors}) leaves it out. {@code CheckerTest} holds each rule to its answer.
     */
    default boolean findsErrors() {
        return true;
    }

    /** Everything this rule finds in the department, its units and 部门汇总. */
    List<Finding> check(Department department, Catalog catalog);
}
