package org.budgetdesk.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.io.ProjectDto.AmountPairDto;
import org.budgetdesk.io.ProjectDto.AssetsDto;
import org.budgetdesk.io.ProjectDto.CommentDto;
import org.budgetdesk.io.ProjectDto.ComparedDto;
import org.budgetdesk.io.ProjectDto.EconomicLineDto;
import org.budgetdesk.io.ProjectDto.FunctionalLineDto;
import org.budgetdesk.io.ProjectDto.IncomeDto;
import org.budgetdesk.io.ProjectDto.IndicatorDto;
import org.budgetdesk.io.ProjectDto.ProjectItemDto;
import org.budgetdesk.io.ProjectDto.ThreePublicDto;
import org.budgetdesk.io.ProjectDto.UnitDto;
import org.budgetdesk.model.AddedFigures;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.PerformanceIndicator;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.StateAssets;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.Unit;

/**
 * Builds a new department from validated file records ({@link ProjectValidator} has passed, so nothing here
 * fails). A line code that is neither in the year's catalog nor among the file's custom codes is added to the
 * custom codes with the code itself as its name: the catalog refuses a blank name, and the code is kept so that
 * the user can name it. The names the file carries for official codes ({@code codeNames}) name the codes this
 * computer's lists lack.
 */
final class DtoToModel {
    private DtoToModel() {
    }

    static Department toModel(ProjectDto project) {
        Department department = new Department(project.department(), project.budgetYear());
        department.parentDepartment().set(project.parentDepartment());
        department.kind().set(project.kind());
        department.comparisonBasis().set(project.comparisonBasis());
        department.sectionComparisonBases().putAll(project.sectionComparisonBases());
        department.basicCostMapping().overrides().putAll(project.basicCostOverrides());
        department.note().set(project.note());
        department.region().set(project.region());
        department.customFunctionalCodes().putAll(project.customFunctionalCodes());
        department.customEconomicCodes().putAll(project.customEconomicCodes());
        project.codeNames().getOrDefault(CodeKind.FUNCTIONAL, Map.of()).values()
                .forEach(codes -> codes.forEach((code, name) ->
                        department.carriedFunctionalCodes().put(code, name.strip())));
        project.codeNames().getOrDefault(CodeKind.ECONOMIC, Map.of()).values()
                .forEach(codes -> codes.forEach((code, name) ->
                        department.carriedEconomicCodes().put(code, name.strip())));
        fill(department.ownUnit(), project.units().get(0));
        List<Unit> subordinates = new ArrayList<>();
        for (UnitDto dto : project.units().subList(1, project.units().size())) {
            Unit unit = new Unit(dto.name());
            fill(unit, dto);
            subordinates.add(unit);
        }
        department.units().addAll(subordinates);    // one change: 部门汇总 takes them in one step
        keepUnknownCodes(department);
        for (CommentDto dto : project.comments()) {
            Comment comment = new Comment(new CommentTarget(dto.section(), dto.unit(), dto.key()), dto.author(),
                    Instant.parse(dto.time()), dto.text());
            comment.resolved().set(dto.resolved());
            department.comments().add(comment);
        }
        return department;
    }

    private static void fill(Unit unit, UnitDto dto) {
        unit.name().set(dto.name());
        for (IncomeDto income : dto.income()) {
            ComparedAmount amount = unit.income().source(income.source());
            amount.current().set(income.current());
            amount.prior().set(income.prior().amount());
            amount.reason().set(income.reason());
        }
        List<FunctionalLine> functional = new ArrayList<>();
        for (FunctionalLineDto dtoLine : dto.functional()) {
            FunctionalLine line = new FunctionalLine(dtoLine.itemCode(), dtoLine.source());
            line.personnel().set(dtoLine.personnel());
            line.publicCosts().set(dtoLine.publicCosts());
            line.project().set(dtoLine.project());
            line.prior().set(dtoLine.prior().amount());
            line.purpose().set(dtoLine.purpose());
            functional.add(line);
        }
        unit.functional().addAll(functional);
        for (EconomicLineDto dtoLine : dto.economic()) {
            EconomicLine line = new EconomicLine(dtoLine.itemCode());
            line.current().set(dtoLine.current());
            line.prior().set(dtoLine.prior().amount());
            line.project().set(dtoLine.project());
            dtoLine.funds().forEach((fund, amount) -> line.entered(fund).set(amount));
            unit.economic().add(line);
        }
        fillThreePublic(unit.threePublic(), dto.threePublic());
        fillCompared(unit.operatingCosts(), dto.operatingCosts());
        unit.procurement().goods().set(dto.procurement().goods());
        unit.procurement().works().set(dto.procurement().works());
        unit.procurement().services().set(dto.procurement().services());
        fillAssets(unit.assets(), dto.assets());
        for (ProjectItemDto dtoProject : dto.projects()) {
            PerformanceProject project = new PerformanceProject();
            project.name().set(dtoProject.name());
            project.functionalCode().set(dtoProject.functionalCode());
            project.amount().set(dtoProject.amount());
            project.goals().set(dtoProject.goals());
            dtoProject.indicators().forEach(indicator -> project.indicators().add(indicator(indicator)));
            unit.performance().add(project);
        }
        unit.performance().overallGoals().set(dto.overallTargets().goals());
        dto.overallTargets().indicators()
                .forEach(indicator -> unit.performance().overallIndicators().add(indicator(indicator)));
        unit.texts().functions().setAll(dto.texts().functions());
        unit.texts().keyTasks().setAll(dto.texts().keyTasks());
        unit.texts().appropriationPurpose().set(dto.texts().appropriationPurpose());
        dto.figures().forEach((key, figure) -> fillAdded(unit.added(), key, figure));
    }

    /** An added figure, held by its kind; the validator made sure the kind has its values. */
    private static void fillAdded(AddedFigures added, String key, FigureDto figure) {
        switch (figure.kind()) {
            case COMPARED -> {
                ComparedAmount amount = added.compared(key);
                amount.current().set(figure.current());
                amount.prior().set(figure.prior().amount());
                amount.reason().set(figure.reason());
            }
            case AMOUNT -> added.amount(key).set(figure.current());
            case COUNT -> added.count(key).set(figure.count());
            case TEXT -> added.text(key).set(figure.text());
        }
    }

    private static void fillThreePublic(ThreePublicExpenses expenses, ThreePublicDto dto) {
        fillCompared(expenses.overseasTravel(), dto.overseasTravel());
        fillCompared(expenses.reception(), dto.reception());
        fillCompared(expenses.vehiclePurchase(), dto.vehiclePurchase());
        fillCompared(expenses.vehicleOperation(), dto.vehicleOperation());
        expenses.reason().set(dto.reason());
        expenses.receptionPlan().set(dto.receptionPlan());
        dto.funds().forEach((fund, share) -> {
            fillPair(expenses.entered(fund, ThreePublicPart.OVERSEAS_TRAVEL), share.overseasTravel());
            fillPair(expenses.entered(fund, ThreePublicPart.RECEPTION), share.reception());
            fillPair(expenses.entered(fund, ThreePublicPart.VEHICLE_PURCHASE), share.vehiclePurchase());
            fillPair(expenses.entered(fund, ThreePublicPart.VEHICLE_OPERATION), share.vehicleOperation());
        });
    }

    private static PerformanceIndicator indicator(IndicatorDto dto) {
        PerformanceIndicator indicator = new PerformanceIndicator();
        indicator.level1().set(dto.level1());
        indicator.level2().set(dto.level2());
        indicator.level3().set(dto.level3());
        indicator.value().set(dto.value());
        return indicator;
    }

    private static void fillPair(ComparedAmount amount, AmountPairDto dto) {
        amount.current().set(dto.current());
        amount.prior().set(dto.prior().amount());
    }

    private static void fillCompared(ComparedAmount amount, ComparedDto dto) {
        amount.current().set(dto.current());
        amount.prior().set(dto.prior().amount());
        amount.reason().set(dto.reason());
    }

    private static void fillAssets(StateAssets assets, AssetsDto dto) {
        dto.vehicles().forEach((use, count) -> assets.vehicles(use).set(count));
        assets.largeEquipment().set(dto.largeEquipment());
        assets.plannedVehicles().set(dto.plannedVehicles());
        assets.plannedLargeEquipment().set(dto.plannedLargeEquipment());
        assets.note().set(dto.note());
    }

    private static void keepUnknownCodes(Department department) {
        Catalog catalog = Catalog.forYear(department.budgetYear().get())
                .withCarriedCodes(department.carriedFunctionalCodes(), department.carriedEconomicCodes());
        for (Unit unit : department.units()) {
            for (FunctionalLine line : unit.functional().lines()) {
                keep(catalog, CodeKind.FUNCTIONAL, line.itemCode(), department.customFunctionalCodes());
            }
            for (EconomicLine line : unit.economic().lines()) {
                keep(catalog, CodeKind.ECONOMIC, line.itemCode(), department.customEconomicCodes());
            }
        }
    }

    private static void keep(Catalog catalog, CodeKind kind, String code, Map<String, String> custom) {
        if (catalog.find(kind, code).isEmpty() && !custom.containsKey(code)) {
            custom.put(code, code);
        }
    }
}
