package org.budgetdesk.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.model.ThreePublicExpenses;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.YearOnYear;

/** The headline figures of a department, read from its consolidated unit, in 元 and unrounded. */
record Summary(String department, int budgetYear,
               YearOnYear incomeTotal, List<Source> incomeSources,
               BigDecimal expenditureTotal, BigDecimal basic, BigDecimal personnel, BigDecimal publicCosts,
               BigDecimal project, List<ClassShare> classes,
               YearOnYear threePublicTotal, List<Part> threePublicParts,
               YearOnYear operatingCosts) {

    record Source(FundingSource source, YearOnYear figure) {
    }

    record ClassShare(String code, String name, BigDecimal amount, Ratio share) {
    }

    /** One part of the “三公”经费; {@code key} is the JSON key and the message key suffix. */
    record Part(String key, YearOnYear figure) {
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
        List<Part> parts = List.of(
                new Part("overseasTravel", threePublic.overseasTravel().yearOnYear().get()),
                new Part("reception", threePublic.reception().yearOnYear().get()),
                new Part("vehiclePurchase", threePublic.vehiclePurchase().yearOnYear().get()),
                new Part("vehicleOperation", threePublic.vehicleOperation().yearOnYear().get()));
        FunctionalGroup total = unit.functional().total();
        return new Summary(department.name().get(), department.budgetYear().get(),
                unit.income().total().yearOnYear().get(), sources,
                total.total().get(), total.basic().get(), total.personnel().get(), total.publicCosts().get(),
                total.project().get(), classes,
                threePublic.total().yearOnYear().get(), parts,
                unit.operatingCosts().yearOnYear().get());
    }
}
