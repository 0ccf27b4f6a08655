package org.budgetdesk.narrative;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.narrative.Snapshot.Totals;

/** 一般公共预算基本支出 (人员经费 and 公用经费 with their economic items) and 政府性基金预算支出. */
final class BasicAndFundSections {
    private BasicAndFundSections() {
    }

    /**
     * The general public budget's basic expenditure from the functional lines, and the economic 款 with a nonzero
     * amount that each part contains, in code order.
     */
    static void basic(Writing w) {
        Totals general = w.snapshot.spending().bySource().get(FundingSource.GENERAL_PUBLIC_BUDGET);
        w.paragraph("basic.text", "basic", w.amount(general.basic()));
        part(w, general.personnel(), true, "basic.personnel", "missing.personnelItems");
        part(w, general.publicCosts(), false, "basic.publicCosts", "missing.publicCostItems");
        w.residue(List.of(general.personnel(), general.publicCosts()), general.basic(),
                "residue.parts.basic", "residue.whole.basic");
    }

    private static void part(Writing w, BigDecimal amount, boolean personnel, String key, String missingKey) {
        if (amount.signum() == 0) {
            w.paragraph(key + ".zero");
            return;
        }
        List<String> names = w.snapshot.spending().economic().stream()
                .filter(item -> item.personnel() == personnel && item.current().signum() != 0)
                .map(item -> w.name(CodeKind.ECONOMIC, item.code()))
                .toList();
        Object items = names.isEmpty() ? w.missing(missingKey) : w.join(Writing.asParts(names), "enumeration");
        w.paragraph(key, "amount", w.amount(amount), "items", items);
    }

    /** The government fund appropriation against its prior, or the sentence that there is none. */
    static void fund(Writing w) {
        Snapshot.Figure income = w.snapshot.income().sources().get(FundingSource.GOVERNMENT_FUND);
        Totals spending = w.snapshot.spending().bySource().get(FundingSource.GOVERNMENT_FUND);
        if (income.isNil() && spending.total().signum() == 0) {
            w.paragraph("fund.none");
            return;
        }
        Change change = w.change(income, "rate.scale");
        List<Span> reason = income.reason().isBlank() && !change.changed() ? List.of()
                : w.closedOrMissing(income.reason(), "missing.fundReason");
        w.paragraph("fund.text", Writing.concat(w.comparison(change, DisclosureSection.FUNCTIONAL), "reason", reason));
    }
}
