package org.budgetdesk.cli;

import java.math.BigDecimal;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.YearOnYear;

/** The summary as text for a terminal: 万元, two decimals, half-up; rates and shares with two decimals. */
final class SummaryText {
    private static final DisplayUnit UNIT = DisplayUnit.WAN_YUAN;
    private final Messages messages;
    private final StringBuilder out = new StringBuilder();

    private SummaryText(Messages messages) {
        this.messages = messages;
    }

    static String render(Summary summary, Messages messages) {
        return new SummaryText(messages).write(summary);
    }

    private String write(Summary s) {
        line(0, messages.format("summary.heading", s.department(), String.valueOf(s.budgetYear())));
        line(0, messages.get("summary.income"));
        compared(1, messages.get("summary.incomeTotal"), s.incomeTotal());
        for (Summary.Source source : s.incomeSources()) {
            compared(2, messages.of(source.source()), source.figure());
        }
        line(0, messages.get("summary.expenditure"));
        amount(1, "summary.expenditureTotal", s.expenditureTotal());
        amount(2, "summary.basic", s.basic());
        amount(3, "summary.personnel", s.personnel());
        amount(3, "summary.publicCosts", s.publicCosts());
        amount(2, "summary.project", s.project());
        line(1, messages.get("summary.classes"));
        for (Summary.ClassShare share : s.classes()) {
            String label = share.code() + " " + share.name() + ": " + Numbers.fixed(share.amount(), UNIT);
            line(2, messages.format("summary.share", label, Numbers.percent(share.share(), 2).orElse("—")));
        }
        line(0, messages.get("summary.threePublic"));
        compared(1, messages.get("summary.threePublicTotal"), s.threePublicTotal());
        for (Summary.Part part : s.threePublicParts()) {
            compared(2, messages.get("summary." + part.key()), part.figure());
        }
        compared(0, messages.get("summary.operatingCosts"), s.operatingCosts());
        for (Summary.Added added : s.added()) {
            compared(0, added.schema().name(messages.locale()), added.figure());
        }
        return out.toString();
    }

    private void amount(int indent, String key, BigDecimal yuan) {
        line(indent, messages.get(key) + ": " + Numbers.fixed(yuan, UNIT));
    }

    private void compared(int indent, String label, YearOnYear figure) {
        if (!figure.isComparable()) {
            line(indent, messages.format("summary.notPublished", label + ": " + Numbers.fixed(figure.current(), UNIT)));
            return;
        }
        String rate = Numbers.percent(figure.rate(), 2)
                .map(value -> messages.format("summary.rate", value))
                .orElse(messages.get("summary.noBasis"));
        line(indent, messages.format("summary.compared", label + ": " + Numbers.fixed(figure.current(), UNIT),
                Numbers.fixed(figure.prior(), UNIT), Numbers.fixed(figure.change(), UNIT), rate));
    }

    private void line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }
}
