package org.budgetdesk.io;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.io.ProjectDto.CommentDto;
import org.budgetdesk.io.ProjectDto.EconomicLineDto;
import org.budgetdesk.io.ProjectDto.FunctionalLineDto;
import org.budgetdesk.io.ProjectDto.IncomeDto;
import org.budgetdesk.io.ProjectDto.UnitDto;
import org.budgetdesk.io.ProjectFileException.Kind;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureKind;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.StateAssets;
import org.budgetdesk.model.VehicleUse;

/**
 * Checks the file records before anything is built from them: every value present, at least one unit, a budget year
 * from 1949 to 2200, code shapes, custom codes with a name, one income entry per funding source, every vehicle use,
 * counts from 0 to 1,000,000, no line twice in a unit, and comments with a valid unit index and time. After it passes,
 * building the department cannot fail.
 */
final class ProjectValidator {
    /** The budget years a project may have: from the People's Republic's first budget to far beyond any plan. */
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2200;
    private final Path file;

    private ProjectValidator(Path file) {
        this.file = file;
    }

    static void validate(ProjectDto project, Path file) throws ProjectFileException {
        RequiredFields.check(project, file);
        new ProjectValidator(file).check(project);
    }

    private void check(ProjectDto project) throws ProjectFileException {
        requireInRange(project.budgetYear(), FIRST_YEAR, LAST_YEAR, "$.budgetYear");
        if (project.units().isEmpty()) {
            throw problem(Kind.MISSING_FIELD, "$.units", "[]");
        }
        checkCustomCodes(project.customFunctionalCodes(), CodeKind.FUNCTIONAL, "$.customFunctionalCodes");
        checkCustomCodes(project.customEconomicCodes(), CodeKind.ECONOMIC, "$.customEconomicCodes");
        for (String code : project.basicCostOverrides().keySet()) {
            if (!CodeLevel.isValid(CodeKind.ECONOMIC, code) || code.length() != 5) {
                throw problem(Kind.BAD_CODE, JsonPaths.field("$.basicCostOverrides", code), quoted(code));
            }
        }
        for (Map.Entry<CodeKind, Map<CodeLevel, Map<String, String>>> kind : project.codeNames().entrySet()) {
            for (Map.Entry<CodeLevel, Map<String, String>> level : kind.getValue().entrySet()) {
                String path = JsonPaths.field(JsonPaths.field("$.codeNames", kind.getKey().name()),
                        level.getKey().name());
                for (Map.Entry<String, String> code : level.getValue().entrySet()) {
                    if (!CodeLevel.isValid(kind.getKey(), code.getKey())
                            || CodeLevel.of(kind.getKey(), code.getKey()) != level.getKey()) {
                        throw problem(Kind.BAD_CODE, JsonPaths.field(path, code.getKey()), quoted(code.getKey()));
                    }
                    if (code.getValue().isBlank()) {
                        throw problem(Kind.MISSING_FIELD, JsonPaths.field(path, code.getKey()), "\"\"");
                    }
                }
            }
        }
        for (int i = 0; i < project.units().size(); i++) {
            checkUnit(project.units().get(i), JsonPaths.index("$.units", i));
        }
        for (int i = 0; i < project.comments().size(); i++) {
            checkComment(project.comments().get(i), JsonPaths.index("$.comments", i));
        }
    }

    /**
     * A comment's unit is -1 (the department) or a unit index; an index past the last unit is kept, since removing a
     * unit leaves its comments behind. The time must be an ISO-8601 instant.
     */
    private void checkComment(CommentDto comment, String path) throws ProjectFileException {
        if (comment.unit() < CommentTarget.DEPARTMENT) {
            throw problem(Kind.WRONG_TYPE, path + ".unit", String.valueOf(comment.unit()));
        }
        try {
            Instant.parse(comment.time());
        } catch (DateTimeParseException e) {
            throw problem(Kind.WRONG_TYPE, path + ".time", quoted(comment.time()));
        }
    }

    private void checkCustomCodes(Map<String, String> codes, CodeKind kind, String path)
            throws ProjectFileException {
        for (Map.Entry<String, String> entry : codes.entrySet()) {
            String code = entry.getKey();
            if (!CodeLevel.isValid(kind, code)) {
                throw problem(Kind.BAD_CODE, JsonPaths.field(path, code), quoted(code));
            }
            if (entry.getValue().isBlank()) {   // the catalog needs a name to show for the code
                throw problem(Kind.MISSING_FIELD, JsonPaths.field(path, code), quoted(entry.getValue()));
            }
        }
    }

    private void checkUnit(UnitDto unit, String path) throws ProjectFileException {
        checkIncome(unit.income(), path + ".income");
        Set<String> functionalKeys = new HashSet<>();
        List<FunctionalLineDto> functional = unit.functional();
        for (int i = 0; i < functional.size(); i++) {
            FunctionalLineDto line = functional.get(i);
            String linePath = JsonPaths.index(path + ".functional", i);
            requireItemCode(CodeKind.FUNCTIONAL, line.itemCode(), linePath);
            String key = line.itemCode() + " " + line.source().name();
            if (!functionalKeys.add(key)) {
                throw problem(Kind.DUPLICATE_LINE, linePath, key);
            }
        }
        Set<String> economicCodes = new HashSet<>();
        List<EconomicLineDto> economic = unit.economic();
        for (int i = 0; i < economic.size(); i++) {
            String linePath = JsonPaths.index(path + ".economic", i);
            String code = economic.get(i).itemCode();
            requireItemCode(CodeKind.ECONOMIC, code, linePath);
            if (!economicCodes.add(code)) {
                throw problem(Kind.DUPLICATE_LINE, linePath, code);
            }
            checkFunds(economic.get(i).funds(), linePath + ".funds");
        }
        for (VehicleUse use : VehicleUse.values()) {
            if (!unit.assets().vehicles().containsKey(use)) {
                throw problem(Kind.MISSING_FIELD, path + ".assets.vehicles." + use.name(), "");
            }
            requireCount(unit.assets().vehicles().get(use), path + ".assets.vehicles." + use.name());
        }
        requireCount(unit.assets().largeEquipment(), path + ".assets.largeEquipment");
        requireCount(unit.assets().plannedVehicles(), path + ".assets.plannedVehicles");
        requireCount(unit.assets().plannedLargeEquipment(), path + ".assets.plannedLargeEquipment");
        checkFunds(unit.threePublic().funds(), path + ".threePublic.funds");
        checkFigures(unit.figures(), path + ".figures");
    }

    /**
     * Added figures: every value their kind needs, a count in range, and a key that is not a built-in figure's (which
     * has its own place in the file) nor declared by the schema with another kind.
     */
    private void checkFigures(Map<String, FigureDto> figures, String path) throws ProjectFileException {
        FigureSchema schema = FigureSchema.current();
        for (Map.Entry<String, FigureDto> entry : figures.entrySet()) {
            String figurePath = JsonPaths.field(path, entry.getKey());
            FigureDto figure = entry.getValue();
            String missing = figure.missing();
            if (missing != null) {
                throw problem(Kind.MISSING_FIELD, JsonPaths.field(figurePath, missing), "");
            }
            Figure declared = schema.figure(entry.getKey());
            boolean builtIn = declared != null && !FigureSchema.isAdded(declared);
            if (builtIn || declared != null && declared.kind() != figure.kind()) {
                throw problem(Kind.WRONG_TYPE, JsonPaths.field(figurePath, "kind"), figure.kind().name());
            }
            if (figure.kind() == FigureKind.COUNT) {
                requireCount(figure.count(), JsonPaths.field(figurePath, "count"));
            }
        }
    }

    private void requireCount(int count, String path) throws ProjectFileException {
        requireInRange(count, 0, StateAssets.MAX_COUNT, path);
    }

    private void requireInRange(int value, int lowest, int highest, String path) throws ProjectFileException {
        if (value < lowest || value > highest) {
            throw ProjectFileException.of(Kind.OUT_OF_RANGE, file, path, String.valueOf(value),
                    lowest + "–" + highest, null);
        }
    }

    /** The funds other than 一般公共预算 (whose share is what they leave), each once. */
    private void checkFunds(Map<Fund, ?> funds, String path) throws ProjectFileException {
        if (funds.containsKey(Fund.GENERAL_PUBLIC_BUDGET)) {
            throw problem(Kind.WRONG_TYPE, JsonPaths.field(path, Fund.GENERAL_PUBLIC_BUDGET.name()),
                    Fund.GENERAL_PUBLIC_BUDGET.name());
        }
        for (Fund fund : Fund.values()) {
            if (fund != Fund.GENERAL_PUBLIC_BUDGET && !funds.containsKey(fund)) {
                throw problem(Kind.MISSING_FIELD, JsonPaths.field(path, fund.name()), "");
            }
        }
    }

    private void checkIncome(List<IncomeDto> income, String path) throws ProjectFileException {
        Set<FundingSource> seen = EnumSet.noneOf(FundingSource.class);
        for (int i = 0; i < income.size(); i++) {
            FundingSource source = income.get(i).source();
            if (!seen.add(source)) {
                throw problem(Kind.DUPLICATE_LINE, JsonPaths.index(path, i), source.name());
            }
        }
        for (FundingSource source : FundingSource.values()) {
            if (!seen.contains(source)) {
                throw problem(Kind.MISSING_FIELD, path, source.name());
            }
        }
    }

    /** A line code must be of the lowest level: a 7-digit functional 项 or a 5-digit economic 款. */
    private void requireItemCode(CodeKind kind, String code, String linePath) throws ProjectFileException {
        if (!CodeLevel.isValid(kind, code) || CodeLevel.of(kind, code) != CodeLevel.ITEM) {
            throw problem(Kind.BAD_CODE, linePath + ".itemCode", quoted(code));
        }
    }

    private ProjectFileException problem(Kind kind, String path, String found) {
        return ProjectFileException.at(kind, file, path, found);
    }

    private static String quoted(String text) {
        return '"' + text + '"';
    }
}
