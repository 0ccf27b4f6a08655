package org.budgetdesk.model;

import static org.budgetdesk.model.TestLines.economic;
import static org.budgetdesk.model.TestLines.functional;
import static org.budgetdesk.model.TestLines.set;
import static org.budgetdesk.model.TestLines.yuan;

/** Departments to start tests from. */
public final class SampleDepartments {
    private SampleDepartments() {
    }

    /**
     * The seed department's own unit (REFERENCE §9, in 元) and two subordinate units whose lines partly share
     * codes with it, so that consolidated lines have several contributors.
     */
    public static Department threeUnits() {
        Department department = new Department("某市社会保险事业管理局", 2021);
        Unit own = department.ownUnit();
        set(own.income().source(FundingSource.GENERAL_PUBLIC_BUDGET), "7630600.00", "7323900.00");
        own.functional().add(functional("2080101", "3200000.00", "681500.00", "0.00", "3100000.00"));
        own.functional().add(functional("2080109", "1000000.00", "249600.00", "1048900.00", "2000000.00"));
        own.functional().add(functional("2080505", "474600.00", "0.00", "0.00", "450000.00"));
        own.functional().add(functional("2080506", "237300.00", "0.00", "0.00", "220000.00"));
        own.functional().add(functional("2080599", "14000.00", "0.00", "0.00", "0.00"));
        own.functional().add(functional("2101101", "180900.00", "0.00", "0.00", "170000.00"));
        own.functional().add(functional("2210201", "543800.00", "0.00", "0.00", "500000.00"));
        own.functional().lines().get(0).purpose().set("保障机关正常运转");
        own.economic().add(economic("30101", "2000000.00", "1900000.00"));
        own.economic().add(economic("30201", "931100.00", "800000.00"));
        own.economic().add(economic("30302", "100000.00", "90000.00"));
        set(own.threePublic().reception(), "30000.00", "38800.00");
        set(own.operatingCosts(), "1813000.00", "672100.00");
        own.assets().vehicles(VehicleUse.GENERAL_OFFICIAL).set(1);
        own.performance().add(project("编外人员项目经费", "948900.00"));
        own.performance().add(project("委托送达信息项目经费", "100000.00"));
        own.texts().functions().setAll("负责社会保险经办", "负责基金管理");
        own.threePublic().reason().set("厉行节约");

        Unit second = new Unit("第二单位");
        set(second.income().source(FundingSource.GENERAL_PUBLIC_BUDGET), "500000.00", "450000.00");
        set(second.income().source(FundingSource.INSTITUTIONAL_REVENUE), "20000.00", "0.00");
        second.functional().add(functional("2080101", "300000.00", "50000.00", "0.00", "340000.00"));
        second.functional().add(functional("2080101", FundingSource.INSTITUTIONAL_REVENUE, "0.00", "20000.00",
                "0.00", "0.00"));
        second.functional().lines().get(0).purpose().set("第二单位运转");
        second.economic().add(economic("30101", "300000.00", "300000.00"));
        second.economic().add(economic("31002", "20000.00", "0.00"));
        set(second.threePublic().vehicleOperation(), "12000.00", "15000.00");
        second.assets().vehicles(VehicleUse.LAW_ENFORCEMENT).set(2);

        Unit third = new Unit("第三单位");
        set(third.income().source(FundingSource.NON_FISCAL_CARRY_OVER), "80000.00", "0.00");
        third.functional().add(functional("2210201", "80000.00", "0.00", "0.00", "75000.00"));
        third.functional().add(functional("2089901", "0.00", "0.00", "5000.00", "0.00"));
        third.economic().add(economic("30201", "5000.00", "4000.00"));
        third.performance().add(project("第三单位项目", "5000.00"));

        department.units().addAll(second, third);
        return department;
    }

    private static PerformanceProject project(String name, String amount) {
        PerformanceProject project = new PerformanceProject();
        project.name().set(name);
        project.amount().set(yuan(amount));
        return project;
    }
}
