package org.budgetdesk.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.Compared;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FigureKind;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.FunctionalFigures;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeGroup;
import org.budgetdesk.model.StateAssets;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;
import org.budgetdesk.narrative.Snapshot.Figure;

/** Copies a unit's figures into a {@link Snapshot}, reading the model's own totals rather than summing again. */
final class SnapshotReader {
    private SnapshotReader() {
    }

    static Catalog catalogOf(Department department) {
        return Catalog.forYear(department.budgetYear().get())
                .withCarriedCodes(Map.copyOf(department.carriedFunctionalCodes()),
                        Map.copyOf(department.carriedEconomicCodes()))
                .withCustomCodes(Map.copyOf(department.customFunctionalCodes()),
                        Map.copyOf(department.customEconomicCodes()));
    }

    static Snapshot read(Department department, Unit unit, Catalog catalog) {
        return new Snapshot(header(department, unit), income(unit), spending(unit), threePublic(unit), other(unit),
                new Snapshot.Texts(List.copyOf(unit.texts().functions()), List.copyOf(unit.texts().keyTasks()),
                        text(unit.texts().appropriationPurpose().get())),
                added(unit), catalog);
    }

    /** The figures the schema adds, by key. */
    private static Map<String, Snapshot.Added> added(Unit unit) {
        Map<String, Snapshot.Added> added = new LinkedHashMap<>();
        for (org.budgetdesk.model.Figure figure : FigureSchema.current().added()) {
            Figure amount = switch (figure.kind()) {
                case COMPARED -> figure(figure.compared(unit));
                case AMOUNT -> new Figure(amount(figure.amount(unit).get()), null, "");
                case COUNT, TEXT -> new Figure(BigDecimal.ZERO, null, "");
            };
            added.put(figure.key(), new Snapshot.Added(figure.chinese(), figure.section(), figure.kind(), amount,
                    figure.kind() == FigureKind.COUNT ? figure.count(unit).get() : 0,
                    figure.kind() == FigureKind.TEXT ? text(figure.text(unit).get()) : ""));
        }
        return Collections.unmodifiableMap(added);
    }

    private static Snapshot.Header header(Department department, Unit unit) {
        boolean whole = unit == department.consolidated() || unit == department.ownUnit();
        List<String> names = whole ? department.units().stream().map(u -> text(u.name().get())).toList()
                : List.of(text(unit.name().get()));
        return new Snapshot.Header(text(unit.name().get()),
                text(whole ? department.parentDepartment().get() : department.name().get()),
                department.budgetYear().get(), department.kind().get(), department.comparisonBasis().get(),
                Map.copyOf(department.sectionComparisonBases()), whole ? department.subordinateCount() : 0, names);
    }

    private static Snapshot.Income income(Unit unit) {
        Map<FundingSource, Figure> sources = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            sources.put(source, figure(unit.income().source(source)));
        }
        Map<IncomeGroup, Figure> groups = new EnumMap<>(IncomeGroup.class);
        for (IncomeGroup group : IncomeGroup.values()) {
            groups.put(group, figure(unit.income().group(group), ""));
        }
        return new Snapshot.Income(Map.copyOf(sources), Map.copyOf(groups), figure(unit.income().total(), ""));
    }

    private static Snapshot.Spending spending(Unit unit) {
        List<Snapshot.Line> lines = unit.functional().lines().stream()
                .sorted(Comparator.comparing(FunctionalLine::itemCode).thenComparing(FunctionalLine::source))
                .map(line -> new Snapshot.Line(line.itemCode(), line.source(), amount(line.personnel().get()),
                        amount(line.publicCosts().get()), amount(line.project().get()), line.prior().get(),
                        text(line.purpose().get())))
                .toList();
        Map<FundingSource, Snapshot.Totals> bySource = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            bySource.put(source, totals(unit.functional().bySource(source)));
        }
        List<Snapshot.EconomicItem> economic = unit.economic().lines().stream()
                .map(line -> new Snapshot.EconomicItem(line.itemCode(),
                        unit.economic().categoryOf(line.itemCode()) == BasicCostCategory.PERSONNEL,
                        amount(line.current().get())))
                .sorted(Comparator.comparing(Snapshot.EconomicItem::code))
                .toList();
        return new Snapshot.Spending(lines, totals(unit.functional().total()), Map.copyOf(bySource), economic);
    }

    private static Snapshot.ThreePublic threePublic(Unit unit) {
        var expenses = unit.threePublic();
        String vehicleReason = Stream.of(expenses.vehiclePurchase(), expenses.vehicleOperation())
                .map(part -> text(part.reason().get())).filter(reason -> !reason.isEmpty()).distinct()
                .collect(Collectors.joining(""));
        return new Snapshot.ThreePublic(figure(expenses.total(), expenses.reason().get()),
                figure(expenses.overseasTravel()), figure(expenses.reception()),
                figure(expenses.vehicles(), vehicleReason), figure(expenses.vehiclePurchase()),
                figure(expenses.vehicleOperation()), text(expenses.receptionPlan().get()),
                amount(expenses.fiscal().total().current().getValue()));
    }

    private static Snapshot.Other other(Unit unit) {
        StateAssets assets = unit.assets();
        Map<VehicleUse, Integer> vehicles = new EnumMap<>(VehicleUse.class);
        for (VehicleUse use : VehicleUse.values()) {
            vehicles.put(use, assets.vehicles(use).get());
        }
        List<Snapshot.Project> projects = new ArrayList<>();
        unit.performance().projects().forEach(project -> projects.add(new Snapshot.Project(
                text(project.name().get()), text(project.functionalCode().get()), amount(project.amount().get()))));
        return new Snapshot.Other(figure(unit.operatingCosts()), amount(unit.procurement().goods().get()),
                amount(unit.procurement().works().get()), amount(unit.procurement().services().get()),
                Map.copyOf(vehicles), assets.largeEquipment().get(), assets.plannedVehicles().get(),
                assets.plannedLargeEquipment().get(), text(assets.note().get()), List.copyOf(projects));
    }

    private static Snapshot.Totals totals(FunctionalFigures figures) {
        return new Snapshot.Totals(amount(figures.personnel().getValue()), amount(figures.publicCosts().getValue()),
                amount(figures.basic().getValue()), amount(figures.project().getValue()),
                amount(figures.total().getValue()));
    }

    private static Figure figure(ComparedAmount amount) {
        return figure(amount, amount.reason().get());
    }

    private static Figure figure(Compared compared, String reason) {
        return new Figure(amount(compared.current().getValue()), compared.prior().getValue(), text(reason));
    }

    private static BigDecimal amount(BigDecimal value) {
        return Amounts.orZero(value);
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
