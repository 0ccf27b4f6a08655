package org.budgetdesk.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.VehicleUse;

/**
 * The content of a project file ({@code *.budget}), format version {@link #CURRENT_VERSION}: plain records that
 * Jackson writes in component order. Amounts are {@link BigDecimal} in 元, written as strings with two decimals.
 * Every component is required when reading; a {@code null} here means the file lacked the value.
 */
public record ProjectDto(
        Integer formatVersion,
        String department,
        String parentDepartment,
        Integer budgetYear,
        DepartmentKind kind,
        ComparisonBasis comparisonBasis,
        Map<DisclosureSection, ComparisonBasis> sectionComparisonBases,
        String note,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String region,
        Map<String, String> customFunctionalCodes,
        Map<String, String> customEconomicCodes,
        Map<String, BasicCostCategory> basicCostOverrides,
        Map<CodeKind, Map<CodeLevel, Map<String, String>>> codeNames,
        List<UnitDto> units,
        List<CommentDto> comments) {

    /** A file saved before the project chose a region has none: read as {@code ""}, the default region. */
    public ProjectDto {
        if (region == null) {
            region = "";
        }
    }

    /**
     * The format version this program writes, and the newest it reads. Version 2 added {@code comments}; version 3
     * added prior amounts that are not published ({@code "NOT_PUBLISHED"}), {@code sectionComparisonBases} and
     * {@code basicCostOverrides}, and the {@code codeNames} of the official codes the project uses, by kind and level
     * ({@code CLASS} 类, {@code SECTION} 款, {@code ITEM} 项 or economic 款), code → name (optional within version 3:
     * a file without them is read with none), and later still the {@code region} the project publishes for
     * (optional too: a file without it, or with {@code ""}, uses the default region; written only when chosen).
     * Older files are migrated when read ({@link ProjectMigration}).
     */
    public static final int CURRENT_VERSION = 3;

    /** One unit; the first of the file is the department's own unit (本级). */
    public record UnitDto(
            String name,
            List<IncomeDto> income,
            List<FunctionalLineDto> functional,
            List<EconomicLineDto> economic,
            ThreePublicDto threePublic,
            ComparedDto operatingCosts,
            ProcurementDto procurement,
            AssetsDto assets,
            List<ProjectItemDto> projects,
            OverallTargetsDto overallTargets,
            TextsDto texts,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, FigureDto> figures) {

        /**
         * {@code figures} holds, by key, the figures the schema adds beyond the built-in ones (README "The figure
         * schema"). It came within format 3 and is written only when a unit has such a figure: a file without it
         * has none.
         */
        public UnitDto {
            if (figures == null) {
                figures = new LinkedHashMap<>();
            }
        }
    }

    /** The income of one funding source. */
    public record IncomeDto(FundingSource source, BigDecimal current, PriorAmount prior, String reason) {
    }

    /** A functional spending line (项 code and funding source). */
    public record FunctionalLineDto(
            String itemCode,
            FundingSource source,
            BigDecimal personnel,
            BigDecimal publicCosts,
            BigDecimal project,
            PriorAmount prior,
            String purpose) {
    }

    /**
     * A line by economic 款 code: basic expenditure current and prior, project expenditure (format 3), and in
     * {@code funds} what 政府性基金 ({@code GOVERNMENT_FUND}), 国有资本经营 ({@code STATE_CAPITAL}) and other money
     * ({@code NON_FISCAL}) pay of this year's basic expenditure; 一般公共预算 pays the rest. The funds came within
     * format 3: a line saved without them is all 一般公共预算, as every line was before, so each other fund pays 0.
     */
    public record EconomicLineDto(String itemCode, BigDecimal current, PriorAmount prior, BigDecimal project,
                                  Map<Fund, BigDecimal> funds) {
        public EconomicLineDto {
            if (funds == null) {
                funds = new EnumMap<>(Fund.class);
                for (Fund fund : Fund.values()) {
                    if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                        funds.put(fund, BigDecimal.ZERO.setScale(2));
                    }
                }
            }
        }
    }

    /** An entered figure with its prior-year amount (or not published) and the reason for the change. */
    public record ComparedDto(BigDecimal current, PriorAmount prior, String reason) {
    }

    /**
     * “三公”经费 from every source, and in {@code funds} what 政府性基金 ({@code GOVERNMENT_FUND}), 国有资本经营
     * ({@code STATE_CAPITAL}) and other money ({@code NON_FISCAL}) pay of it; 一般公共预算 pays the rest.
     */
    public record ThreePublicDto(
            ComparedDto overseasTravel,
            ComparedDto reception,
            ComparedDto vehiclePurchase,
            ComparedDto vehicleOperation,
            String reason,
            String receptionPlan,
            Map<Fund, ThreePublicShareDto> funds) {
    }

    /** What one fund pays of each “三公” part. */
    public record ThreePublicShareDto(
            AmountPairDto overseasTravel,
            AmountPairDto reception,
            AmountPairDto vehiclePurchase,
            AmountPairDto vehicleOperation) {
    }

    /** A current amount and its prior (or not published). */
    public record AmountPairDto(BigDecimal current, PriorAmount prior) {
    }

    /** 政府采购. */
    public record ProcurementDto(BigDecimal goods, BigDecimal works, BigDecimal services) {
    }

    /** 国有资产占有使用; {@code vehicles} holds every {@link VehicleUse}, in enum order. */
    public record AssetsDto(
            Map<VehicleUse, Integer> vehicles,
            Integer largeEquipment,
            Integer plannedVehicles,
            Integer plannedLargeEquipment,
            String note) {
    }

    /** A project with performance targets and its indicators. */
    public record ProjectItemDto(String name, String functionalCode, BigDecimal amount, String goals,
                                 List<IndicatorDto> indicators) {
    }

    /** A performance indicator: 一级/二级/三级指标 and 指标值. */
    public record IndicatorDto(String level1, String level2, String level3, String value) {
    }

    /** 部门整体支出绩效目标: goals and indicators of the unit's whole spending. */
    public record OverallTargetsDto(String goals, List<IndicatorDto> indicators) {
    }

    /**
     * A review comment: its place ({@code section}, {@code unit} index or -1 for the department, {@code key}), who
     * wrote it, when (an ISO-8601 instant such as {@code "2021-03-01T08:30:00Z"}), the text and whether it is resolved.
     */
    public record CommentDto(
            DisclosureSection section,
            Integer unit,
            String key,
            String author,
            String time,
            String text,
            Boolean resolved) {
    }

    /** The unit's free texts. */
    public record TextsDto(List<String> functions, List<String> keyTasks, String appropriationPurpose) {
    }
}
