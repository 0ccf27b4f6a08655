package org.budgetdesk.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.budgetdesk.io.ProjectDto.AmountPairDto;
import org.budgetdesk.io.ProjectDto.AssetsDto;
import org.budgetdesk.io.ProjectDto.CommentDto;
import org.budgetdesk.io.ProjectDto.ComparedDto;
import org.budgetdesk.io.ProjectDto.EconomicLineDto;
import org.budgetdesk.io.ProjectDto.FunctionalLineDto;
import org.budgetdesk.io.ProjectDto.IncomeDto;
import org.budgetdesk.io.ProjectDto.IndicatorDto;
import org.budgetdesk.io.ProjectDto.OverallTargetsDto;
import org.budgetdesk.io.ProjectDto.ProcurementDto;
import org.budgetdesk.io.ProjectDto.ProjectItemDto;
import org.budgetdesk.io.ProjectDto.TextsDto;
import org.budgetdesk.io.ProjectDto.ThreePublicDto;
import org.budgetdesk.io.ProjectDto.ThreePublicShareDto;
import org.budgetdesk.io.ProjectDto.UnitDto;
import org.budgetdesk.model.AddedFigures;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceIndicator;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.StateAssets;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.UnitTexts;
import org.budgetdesk.model.VehicleUse;

/**
 * Copies a department into the file records. Lists keep the model's order, code maps are sorted by code, and a
 * {@code null} text becomes empty, so that the same budget always gives the same records. A value the reader
 * would refuse (an invalid amount, no kind) fails here, before anything is written.
 */
final class ModelToDto {
    private ModelToDto() {
    }

    static ProjectDto toDto(Department department) {
        List<UnitDto> units = new ArrayList<>();
        for (Unit unit : department.units()) {
            units.add(unit(unit));
        }
        return new ProjectDto(
                ProjectDto.CURRENT_VERSION,
                text(department.name().get()),
                text(department.parentDepartment().get()),
                department.budgetYear().get(),
                Objects.requireNonNull(department.kind().get(), "department kind"),
                Objects.requireNonNull(department.comparisonBasis().get(), "comparison basis"),
                sectionBases(department),
                text(department.note().get()),
                text(department.region().get()),
                sorted(department.customFunctionalCodes()),
                sorted(department.customEconomicCodes()),
                new TreeMap<>(department.basicCostMapping().overrides()),
                UsedCodeNames.of(department),
                units,
                department.comments().stream().map(ModelToDto::comment).toList());
    }

    private static CommentDto comment(Comment comment) {
        CommentTarget target = comment.target();
        return new CommentDto(target.section(), target.unitIndex(), target.key(), text(comment.author().get()),
                Objects.requireNonNull(comment.time().get(), "comment time").toString(), text(comment.text().get()),
                comment.resolved().get());
    }

    private static UnitDto unit(Unit unit) {
        List<IncomeDto> income = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            ComparedAmount amount = unit.income().source(source);
            income.add(new IncomeDto(source, amount(amount.current().get()),
                    PriorAmount.of(amount.prior().get()), text(amount.reason().get())));
        }
        List<FunctionalLineDto> functional = new ArrayList<>();
        for (FunctionalLine line : unit.functional().lines()) {
            functional.add(new FunctionalLineDto(line.itemCode(), line.source(), amount(line.personnel().get()),
                    amount(line.publicCosts().get()), amount(line.project().get()),
                    PriorAmount.of(line.prior().get()), text(line.purpose().get())));
        }
        List<EconomicLineDto> economic = new ArrayList<>();
        for (EconomicLine line : unit.economic().lines()) {
            Map<Fund, BigDecimal> funds = new EnumMap<>(Fund.class);
            for (Fund fund : Fund.values()) {
                if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                    funds.put(fund, amount(line.entered(fund).get()));
                }
            }
            economic.add(new EconomicLineDto(line.itemCode(), amount(line.current().get()),
                    PriorAmount.of(line.prior().get()), amount(line.project().get()), funds));
        }
        List<ProjectItemDto> projects = new ArrayList<>();
        for (PerformanceProject project : unit.performance().projects()) {
            projects.add(new ProjectItemDto(text(project.name().get()), text(project.functionalCode().get()),
                    amount(project.amount().get()), text(project.goals().get()), indicators(project.indicators())));
        }
        OverallTargetsDto overall = new OverallTargetsDto(text(unit.performance().overallGoals().get()),
                indicators(unit.performance().overallIndicators()));
        return new UnitDto(text(unit.name().get()), income, functional, economic,
                threePublic(unit.threePublic()), compared(unit.operatingCosts()),
                new ProcurementDto(amount(unit.procurement().goods().get()),
                        amount(unit.procurement().works().get()), amount(unit.procurement().services().get())),
                assets(unit.assets()), projects, overall, texts(unit.texts()), figures(unit.added()));
    }

    /** The unit's added figures that hold anything, by key in key order (defaults are not written). */
    private static Map<String, FigureDto> figures(AddedFigures added) {
        Map<String, FigureDto> figures = new TreeMap<>();
        added.comparedByKey().forEach((key, figure) -> {
            BigDecimal prior = figure.prior().get();
            if (figure.current().get().signum() != 0 || prior == null || prior.signum() != 0
                    || !figure.reason().get().isEmpty()) {
                figures.put(key, FigureDto.compared(amount(figure.current().get()), PriorAmount.of(prior),
                        text(figure.reason().get())));
            }
        });
        added.amountsByKey().forEach((key, amount) -> {
            if (amount.get().signum() != 0) {
                figures.put(key, FigureDto.amount(amount(amount.get())));
            }
        });
        added.countsByKey().forEach((key, count) -> {
            if (count.get() != 0) {
                figures.put(key, FigureDto.count(count.get()));
            }
        });
        added.textsByKey().forEach((key, text) -> {
            if (!text.get().isEmpty()) {
                figures.put(key, FigureDto.text(text(text.get())));
            }
        });
        return figures;
    }

    private static List<IndicatorDto> indicators(List<PerformanceIndicator> indicators) {
        return indicators.stream().map(indicator -> new IndicatorDto(text(indicator.level1().get()),
                text(indicator.level2().get()), text(indicator.level3().get()), text(indicator.value().get())))
                .toList();
    }

    private static ThreePublicDto threePublic(ThreePublicExpenses expenses) {
        Map<Fund, ThreePublicShareDto> funds = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.values()) {
            if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                funds.put(fund, new ThreePublicShareDto(pair(expenses, fund, ThreePublicPart.OVERSEAS_TRAVEL),
                        pair(expenses, fund, ThreePublicPart.RECEPTION),
                        pair(expenses, fund, ThreePublicPart.VEHICLE_PURCHASE),
                        pair(expenses, fund, ThreePublicPart.VEHICLE_OPERATION)));
            }
        }
        return new ThreePublicDto(compared(expenses.overseasTravel()), compared(expenses.reception()),
                compared(expenses.vehiclePurchase()), compared(expenses.vehicleOperation()),
                text(expenses.reason().get()), text(expenses.receptionPlan().get()), funds);
    }

    private static AmountPairDto pair(ThreePublicExpenses expenses, Fund fund, ThreePublicPart part) {
        ComparedAmount amount = expenses.entered(fund, part);
        return new AmountPairDto(amount(amount.current().get()), PriorAmount.of(amount.prior().get()));
    }

    private static ComparedDto compared(ComparedAmount amount) {
        return new ComparedDto(amount(amount.current().get()), PriorAmount.of(amount.prior().get()),
                text(amount.reason().get()));
    }

    private static AssetsDto assets(StateAssets assets) {
        Map<VehicleUse, Integer> vehicles = new EnumMap<>(VehicleUse.class);
        for (VehicleUse use : VehicleUse.values()) {
            vehicles.put(use, assets.vehicles(use).get());
        }
        return new AssetsDto(vehicles, assets.largeEquipment().get(), assets.plannedVehicles().get(),
                assets.plannedLargeEquipment().get(), text(assets.note().get()));
    }

    private static TextsDto texts(UnitTexts texts) {
        return new TextsDto(texts.functions().stream().map(ModelToDto::text).toList(),
                texts.keyTasks().stream().map(ModelToDto::text).toList(),
                text(texts.appropriationPurpose().get()));
    }

    /** The sections' own comparison bases, in section order. */
    private static Map<DisclosureSection, ComparisonBasis> sectionBases(Department department) {
        Map<DisclosureSection, ComparisonBasis> bases = new EnumMap<>(DisclosureSection.class);
        bases.putAll(department.sectionComparisonBases());
        return bases;
    }

    private static Map<String, String> sorted(Map<String, String> codes) {
        Map<String, String> sorted = new TreeMap<>();
        codes.forEach((code, name) -> sorted.put(code, text(name)));
        return sorted;
    }

    /** A valid amount with scale 2; a {@code null} (never set) counts as zero. */
    private static BigDecimal amount(BigDecimal value) {
        return Amounts.requireValid(Amounts.orZero(value));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
