package org.budgetdesk.io;

import static org.budgetdesk.RandomValues.between;
import static org.budgetdesk.RandomValues.cents;
import static org.budgetdesk.RandomValues.digits;
import static org.budgetdesk.RandomValues.listOf;
import static org.budgetdesk.RandomValues.oneOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.budgetdesk.RandomValues;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;

/**
 * Random departments of one to three units with every entered field filled: catalog and unknown (custom) codes,
 * amounts from 0.00 to the largest, Chinese, ASCII (control characters included) and JSON-escaped texts.
 */
public final class RandomDepartments {
    private static final Catalog CATALOG = Catalog.forYear(2021);
    private static final long MAX_CENTS = 99_999_999_999_999L;

    private final Random random;

    private RandomDepartments(Random random) {
        this.random = random;
    }

    public static Department department(Random random) {
        return new RandomDepartments(random).department();
    }

    /** {@code count} random departments, one after another from the same random source. */
    public static List<Department> departments(Random random, int count) {
        List<Department> departments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            departments.add(department(random));
        }
        return departments;
    }

    private Department department() {
        Department department = new Department(text(), between(random, 2015, 2030));
        department.kind().set(oneOf(random, DepartmentKind.values()));
        department.comparisonBasis().set(oneOf(random, ComparisonBasis.values()));
        department.note().set(text());
        int units = between(random, 1, 3);
        fill(department.ownUnit(), department);
        for (int i = 1; i < units; i++) {
            Unit unit = new Unit("");
            fill(unit, department);
            department.units().add(unit);
        }
        return department;
    }

    private void fill(Unit unit, Department department) {
        unit.name().set(text());
        List<FunctionalLine> functional = listOf(random, 0, 8, r -> functionalLine());
        for (FunctionalLine line : functional) {
            if (unit.functional().find(line.itemCode(), line.source()).isEmpty()) {
                unit.functional().add(line);
                nameIfUnknown(department, CodeKind.FUNCTIONAL, line.itemCode());
            }
        }
        for (EconomicLine line : listOf(random, 0, 6, r -> economicLine())) {
            if (unit.economic().find(line.itemCode()).isEmpty()) {
                unit.economic().add(line);
                nameIfUnknown(department, CodeKind.ECONOMIC, line.itemCode());
            }
        }
        for (FundingSource source : FundingSource.values()) {
            compared(unit.income().source(source));
        }
        compared(unit.threePublic().overseasTravel());
        compared(unit.threePublic().reception());
        compared(unit.threePublic().vehiclePurchase());
        compared(unit.threePublic().vehicleOperation());
        compared(unit.operatingCosts());
        unit.procurement().goods().set(amount());
        unit.procurement().works().set(amount());
        unit.procurement().services().set(amount());
        unit.threePublic().reason().set(text());
        unit.threePublic().receptionPlan().set(text());
        unit.assets().note().set(text());
        unit.texts().appropriationPurpose().set(text());
        for (VehicleUse use : VehicleUse.values()) {
            unit.assets().vehicles(use).set(count());
        }
        unit.assets().largeEquipment().set(count());
        unit.assets().plannedVehicles().set(count());
        unit.assets().plannedLargeEquipment().set(count());
        List<String> paragraphs = listOf(random, 0, 3, r -> text());
        unit.texts().functions().setAll(paragraphs);
        unit.texts().keyTasks().setAll(paragraphs.subList(0, paragraphs.size() / 2));
        for (String paragraph : paragraphs) {
            PerformanceProject project = new PerformanceProject();
            project.name().set(paragraph);
            project.functionalCode().set(functional.isEmpty() ? "" : functional.get(0).itemCode());
            project.amount().set(amount());
            project.goals().set(unit.name().get() + paragraph);
            unit.performance().add(project);
        }
    }

    private FunctionalLine functionalLine() {
        FunctionalLine line = new FunctionalLine(code(CodeKind.FUNCTIONAL), oneOf(random, FundingSource.values()));
        line.personnel().set(amount());
        line.publicCosts().set(amount());
        line.project().set(amount());
        line.prior().set(amount());
        line.purpose().set(text());
        return line;
    }

    private EconomicLine economicLine() {
        EconomicLine line = new EconomicLine(code(CodeKind.ECONOMIC));
        line.current().set(amount());
        line.prior().set(amount());
        if (random.nextInt(3) == 0) {
            line.entered(RandomValues.oneOf(random, Fund.GOVERNMENT_FUND, Fund.STATE_CAPITAL, Fund.NON_FISCAL))
                    .set(amount());
        }
        return line;
    }

    private void compared(ComparedAmount amount) {
        amount.current().set(amount());
        amount.prior().set(amount());
        amount.reason().set(text());
    }

    /** A loaded unknown code becomes a custom code; give it a name first, as the UI would. */
    private static void nameIfUnknown(Department department, CodeKind kind, String code) {
        var custom = kind == CodeKind.FUNCTIONAL
                ? department.customFunctionalCodes() : department.customEconomicCodes();
        if (CATALOG.find(kind, code).isEmpty()) {
            custom.putIfAbsent(code, "自定义" + code);
        }
    }

    /** An item code from the catalog or a random well-formed one, which then gets a custom name. */
    private String code(CodeKind kind) {
        if (random.nextBoolean()) {
            return digits(random, CodeLevel.ITEM.length(kind));
        }
        return oneOf(random, CATALOG.entries(kind).stream().map(CatalogEntry::code)
                .filter(code -> CodeLevel.of(kind, code) == CodeLevel.ITEM).toList());
    }

    /** Half of them an edge case: 0.00, 0.01 or the largest amount. */
    private BigDecimal amount() {
        if (random.nextBoolean()) {
            return oneOf(random, new BigDecimal("0.00"), new BigDecimal("0.01"), BigDecimal.valueOf(MAX_CENTS, 2));
        }
        return cents(random, MAX_CENTS);
    }

    private int count() {
        return between(random, 0, 500);
    }

    /** Chinese, ASCII with control characters, or what JSON must escape, with full-width punctuation. */
    private String text() {
        return switch (random.nextInt(3)) {
            case 0 -> RandomValues.text(random, '\u4e00', '\u9fa5', 12);
            case 1 -> RandomValues.text(random, '\u0000', '\u007f', 20);
            default -> RandomValues.text(random, "预算\"\\\n\r\t “”（）", 10);
        };
    }
}
