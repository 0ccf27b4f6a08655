package org.budgetdesk.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureKind;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.ThreePublicPart;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.YearOnYear;

/** The headline figures of a department, read from its consolidated unit, in 元 and unrounded. */
record Summary(String department, int budgetYear,
               YearOnYear incomeTotal, List<Source> incomeSources,
               BigDecimal expenditureTotal, BigDecimal basic, BigDecimal personnel, BigDecimal publicCosts,
               BigDecimal project, List<ClassShare> classes,
               YearOnYear threePublicTotal, List<Part> threePublicParts,
               YearOnYear operatingCosts, List<Added> added) {

    record Source(FundingSource source, YearOnYear figure) {
    }

    record ClassShare(String code, String name, BigDecimal amount, Ratio share) {
    }

    /** One part of the “三公”经费; {@code key} is the JSON key and the message key suffix. */
    record Part(String key, YearOnYear figure) {
    }

    /** A compared figure the figure schema adds (none with the standard schema), with the schema's names. */
    record Added(Figure schema, YearOnYear figure) {
    }

    static Summary of(Department department) {
        Unit unit = department.consolidated();
        Catalog catalog = Catalog.forYear(department.budgetYear().get())
                .withCarriedCodes(department.carriedFunctionalCodes(), department.carriedEconomicCodes())
                    .withCustomCodes(department.customFunctionalCodes(), department.customEconomicCodes());
        List<Source> sources = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            sources.add(new Source(source, unit.income().source(source).yearOnYear().get()));
        }
        List<ClassShare> classes = new ArrayList<>();
        for (FunctionalGroup group : unit.functional().classes().values()) {
            classes.add(new ClassShare(group.code(), catalog.nameOf(CodeKind.FUNCTIONAL, group.code()),
                    group.total().get(), group.share().get()));
        }
        ThreePublicExpenses threePublic = unit.threePublic();
        List<Part> parts = Arrays.stream(ThreePublicPart.values())
                .map(part -> new Part(part.key(), threePublic.part(part).yearOnYear().get())).toList();
        List<Added> added = FigureSchema.current().added().stream()
                .filter(figure -> figure.kind() == FigureKind.COMPARED && !figure.isShare())
                .map(figure -> new Added(figure, figure.compared(unit).yearOnYear().get())).toList();
        FunctionalGroup total = unit.functional().total();
        return new Summary(department.name().get(), department.budgetYear().get(),
                unit.income().total().yearOnYear().get(), sources,
                total.total().get(), total.basic().get(), total.personnel().get(), total.publicCosts().get(),
                total.project().get(), classes,
                threePublic.total().yearOnYear().get(), parts,
                unit.operatingCosts().yearOnYear().get(), added);
    }
}
