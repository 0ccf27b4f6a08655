package org.budgetdesk.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.narrative.Snapshot.Figure;

/**
 * “三公”经费: the total against the prior with change and rate, its parts, then one numbered item per part (overseas
 * travel, reception with what it is planned for, vehicles) with its change and reason. Rates use
 * {@code rate.scale.threePublic}. A part that changed without a reason gets a placeholder unless the total's reason
 * covers it; the total's reason is not repeated when a part already says it word for word.
 */
final class ThreePublicSection {
    private static final String RATE = "rate.scale.threePublic";

    private ThreePublicSection() {
    }

    static void write(Writing w) {
        Snapshot.ThreePublic expenses = w.snapshot.threePublic();
        Figure total = expenses.total();
        Set<String> partReasons = Stream.of(expenses.overseasTravel(), expenses.reception(), expenses.vehicles())
                .map(Figure::reason).filter(reason -> !reason.isBlank()).map(Wording::closed)
                .collect(Collectors.toSet());
        boolean totalRepeated = partReasons.contains(Wording.closed(total.reason()));
        List<Span> totalReason = total.reason().isBlank() || totalRepeated ? List.of()
                : w.sentence("threePublic.reason", "reason", Wording.closed(total.reason()));
        w.paragraph("threePublic.total", Writing.concat(
                w.comparison(w.change(total, RATE), DisclosureSection.THREE_PUBLIC),
                "overseas", w.amount(expenses.overseasTravel().current()),
                "reception", w.amount(expenses.reception().current()),
                "vehicles", w.amount(expenses.vehicles().current()),
                "reason", totalReason));
        w.residue(List.of(expenses.overseasTravel().current(), expenses.reception().current(),
                        expenses.vehicles().current()), total.current(),
                "residue.parts.threePublic", "residue.whole.threePublic");
        if (expenses.fiscal().compareTo(total.current()) != 0 && w.template.optional("threePublic.fiscal").isPresent()) {
            w.paragraph("threePublic.fiscal", "fiscal", w.amount(expenses.fiscal()));
        }

        boolean covered = !total.reason().isBlank();
        List<List<Block.Paragraph>> items = new ArrayList<>();
        items.add(List.of(part(w, "threePublic.overseas", expenses.overseasTravel(), "missing.overseasReason",
                covered)));
        List<Block.Paragraph> reception = new ArrayList<>();
        reception.add(part(w, "threePublic.reception", expenses.reception(), "missing.receptionReason", covered));
        if (expenses.reception().current().signum() != 0) {
            reception.add(new Block.Paragraph(w.sentence("threePublic.receptionPlan",
                    "plan", w.closedOrMissing(expenses.receptionPlan(), "missing.receptionPlan"))));
        }
        items.add(reception);
        Object[] vehicleParts = Writing.concat(named(w, "purchase", expenses.vehiclePurchase()),
                named(w, "operation", expenses.vehicleOperation()));
        items.add(List.of(part(w, "threePublic.vehicles", expenses.vehicles(), "missing.vehiclesReason", covered,
                Writing.concat(vehicleParts, "purchase", w.amount(expenses.vehiclePurchase().current()),
                        "operation", w.amount(expenses.vehicleOperation().current())))));
        w.out.list(items);
        w.residue(List.of(expenses.vehiclePurchase().current(), expenses.vehicleOperation().current()),
                expenses.vehicles().current(), "residue.parts.vehicles", "residue.whole.vehicles");
    }

    /**
     * A part's comparison with each field named after it: {@code purchaseCurrent}, {@code purchaseCompare},
     * {@code purchaseRate}…, so the 公务用车 sentence compares 购置 and 运行 each.
     */
    private static Object[] named(Writing w, String prefix, Figure figure) {
        Object[] fields = w.comparison(w.change(figure, RATE), DisclosureSection.THREE_PUBLIC);
        Object[] named = new Object[fields.length];
        for (int i = 0; i < fields.length; i += 2) {
            String name = (String) fields[i];
            named[i] = prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            named[i + 1] = fields[i + 1];
        }
        return named;
    }

    private static Block.Paragraph part(Writing w, String key, Figure figure, String missingKey, boolean covered,
                                        Object... more) {
        Change change = w.change(figure, RATE);
        List<Span> reason = figure.reason().isBlank() && (covered || !change.changed()) ? List.of()
                : w.reason(change, figure.reason(), "threePublic.reason", missingKey);
        Object[] fields = Writing.concat(w.comparison(change, DisclosureSection.THREE_PUBLIC), "reason", reason);
        return new Block.Paragraph(w.sentence(key, Writing.concat(fields, more)));
    }
}
