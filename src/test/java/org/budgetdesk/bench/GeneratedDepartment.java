package org.budgetdesk.bench;

import java.math.BigDecimal;
import java.util.Random;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;

/** A large department for benchmarks: units × functional lines + economic lines, amounts from a fixed seed. */
public final class GeneratedDepartment {
    private static final String[] CLASSES = {"201", "204", "205", "206", "207", "208", "210", "212", "213", "221"};

    private GeneratedDepartment() {
    }

    /** Functional lines spread over 10 类 × 3 款 × up to 9 项; economic lines over 301 and 302. */
    public static Department build(int units, int functionalLines, int economicLines) {
        Random random = new Random(20210101);
        Department department = new Department("基准测试部门", 2021);
        for (int u = 0; u < units; u++) {
            Unit unit = u == 0 ? department.ownUnit() : new Unit("下属单位" + u);
            for (int i = 0; i < functionalLines; i++) {
                String code = CLASSES[i % CLASSES.length] + "0" + (1 + (i / 10) % 3) + "0" + (1 + i / 30);
                FunctionalLine line = new FunctionalLine(code, FundingSource.GENERAL_PUBLIC_BUDGET);
                line.personnel().set(amount(random));
                line.publicCosts().set(amount(random));
                line.project().set(amount(random));
                line.prior().set(amount(random));
                line.purpose().set("用于保障单位正常运转的支出" + i);
                unit.functional().add(line);
            }
            for (int i = 0; i < economicLines; i++) {
                String code = (i % 2 == 0 ? "301" : "302") + String.format("%02d", 1 + i / 2);
                EconomicLine line = new EconomicLine(code);
                line.current().set(amount(random));
                line.prior().set(amount(random));
                unit.economic().add(line);
            }
            unit.income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().set(amount(random));
            if (u > 0) {
                department.units().add(unit);
            }
        }
        return department;
    }

    private static BigDecimal amount(Random random) {
        return BigDecimal.valueOf(random.nextInt(100_000_000), 2);
    }
}
