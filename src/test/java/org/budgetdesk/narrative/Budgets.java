package org.budgetdesk.narrative;

import java.math.BigDecimal;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;

/** Small departments for the wording tests; amounts are given in 万元 and stored in 元. */
final class Budgets {
    private Budgets() {
    }

    /** A department with a name, a parent and nothing else. */
    static Department empty(int year) {
        Department department = new Department("测试局", year);
        department.parentDepartment().set("测试市人民政府");
        return department;
    }

    static BigDecimal wan(String amount) {
        return new BigDecimal(amount).movePointRight(4).setScale(2);
    }

    static void set(ComparedAmount amount, String current, String prior, String reason) {
        amount.current().set(wan(current));
        amount.prior().set(wan(prior));
        amount.reason().set(reason);
    }

    /** Adds a general public budget line with 人员经费 only. */
    static FunctionalLine line(Unit unit, String code, String personnel, String purpose) {
        FunctionalLine line = new FunctionalLine(code, FundingSource.GENERAL_PUBLIC_BUDGET);
        line.personnel().set(wan(personnel));
        line.purpose().set(purpose);
        unit.functional().add(line);
        return line;
    }

    static String text(Department department) {
        return NarrativeGenerator.sichuan().generate(department).text();
    }
}
