package org.budgetdesk.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeGroup;
import org.budgetdesk.narrative.Snapshot.Figure;
import org.budgetdesk.narrative.Snapshot.Totals;

/** The blocks before the general public budget: title, functions and key tasks, overview, totals, appropriation. */
final class OpeningSections {
    private static final String FISCAL = "FISCAL";

    private OpeningSections() {
    }

    static void title(Writing w) {
        w.out.title(w.sentence("title"));
    }

    static void functions(Writing w) {
        paragraphList(w, w.snapshot.texts().functions(), "missing.functions");
    }

    static void keyTasks(Writing w) {
        paragraphList(w, w.snapshot.texts().keyTasks(), "missing.keyTasks");
    }

    private static void paragraphList(Writing w, List<String> texts, String missingKey) {
        List<String> written = texts.stream().filter(text -> !text.isBlank()).toList();
        if (written.isEmpty()) {
            w.out.paragraph(List.of(w.missing(missingKey)));
            return;
        }
        List<List<Block.Paragraph>> items = new ArrayList<>();
        for (String text : written) {
            items.add(List.of(new Block.Paragraph(List.of(Span.text(text.strip())))));
        }
        w.out.list(items);
    }

    static void overview(Writing w) {
        Snapshot.Header header = w.snapshot.header();
        w.paragraph("overview.text", "subordinates", Integer.toString(header.subordinates()));
        if (header.subordinates() > 0) {
            w.paragraph("overview.units", "count", Integer.toString(header.unitNames().size()),
                    "units", w.join(Writing.asParts(header.unitNames()), "enumeration"));
        }
    }

    static void totals(Writing w) {
        w.paragraph("totals.principle");
        Snapshot.Income income = w.snapshot.income();
        List<List<Span>> sources = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (String listed : w.template.text("totals.income.listed").split(",")) {
            sources.add(source(w, listed.strip()));
            amounts.add(figure(w, listed.strip()).current());
        }
        for (String optional : w.template.optional("totals.income.ifNotZero").orElse("").split(",")) {
            if (!optional.isBlank() && figure(w, optional.strip()).current().signum() != 0) {
                sources.add(source(w, optional.strip()));
                amounts.add(figure(w, optional.strip()).current());
            }
        }
        Change change = w.change(income.total(), "rate.scale");
        w.paragraph("totals.income", Writing.concat(w.comparison(change, DisclosureSection.INCOME),
                "sources", w.join(sources, "clause")));
        if (amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(income.total().current()) == 0) {
            // only a list that is the whole income has a rounding residue to explain
            w.residue(amounts, income.total().current(), "residue.parts.income", "residue.whole.income");
        }

        Totals total = w.snapshot.spending().total();
        w.paragraph("totals.expenditure", "total", w.amount(total.total()), "basic", w.amount(total.basic()),
                "personnel", w.amount(total.personnel()), "publicCosts", w.amount(total.publicCosts()),
                "project", w.amount(total.project()));
        w.residue(List.of(total.basic(), total.project()), total.total(),
                "residue.parts.expenditure", "residue.whole.expenditure");
        w.residue(List.of(total.personnel(), total.publicCosts()), total.basic(),
                "residue.parts.basic", "residue.whole.basic");
    }

    private static List<Span> source(Writing w, String name) {
        return w.sentence("totals.income.source", "name", w.template.text("source." + name),
                "amount", w.amount(figure(w, name).current()));
    }

    /** A source named in the template: FISCAL (财政拨款收入), an income group, or a funding source. */
    private static Figure figure(Writing w, String name) {
        Snapshot.Income income = w.snapshot.income();
        if (name.equals(FISCAL)) {
            return income.fiscalAppropriation();
        }
        for (IncomeGroup group : IncomeGroup.values()) {
            if (group.name().equals(name)) {
                return income.groups().get(group);
            }
        }
        return income.sources().get(FundingSource.valueOf(name));
    }

    static void appropriation(Writing w) {
        // 财政拨款收支总预算 is the 财政拨款收支总表's total: this year's appropriations and their 结转
        Snapshot.Income income = w.snapshot.income();
        w.paragraph("appropriation.text",
                "total", w.amount(income.fiscalAppropriation().current()
                        .add(income.groups().get(IncomeGroup.FISCAL_CARRY_OVER).current())),
                "purpose", w.inlineOrMissing(w.snapshot.texts().appropriationPurpose(), "missing.appropriationPurpose"));
    }
}
