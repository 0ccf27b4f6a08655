package org.budgetdesk.compare;

import java.math.BigDecimal;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;

/** Two drafts of the sample project for comparison tests: the published one and one changed in three places. */
public final class Drafts {
    /** The sample's 2021 general public budget appropriation, changed from 7630560.00. */
    public static final BigDecimal CHANGED_INCOME = new BigDecimal("8000000.00");
    public static final String CHANGED_PURPOSE = "保障机构正常运转（修订稿）";
    public static final String NEW_KEY_TASK = "做好社会保险基金安全评估工作。";

    private Drafts() {
    }

    public static Department earlier() {
        try {
            return SampleProject.load();
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sample changed in exactly three places: the 一般公共预算拨款 of the year, the purpose of 2080101 行政运行,
     * and a new first key task.
     */
    public static Department later() {
        Department department = earlier();
        Unit unit = department.ownUnit();
        unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(CHANGED_INCOME);
        unit.functional().find("2080101", FundingSource.GENERAL_PUBLIC_BUDGET).orElseThrow()
                .purpose().set(CHANGED_PURPOSE);
        unit.texts().keyTasks().add(0, NEW_KEY_TASK);
        return department;
    }
}
