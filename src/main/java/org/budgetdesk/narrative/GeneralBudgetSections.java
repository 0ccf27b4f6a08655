package org.budgetdesk.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.narrative.Snapshot.Line;

/** 一般公共预算当年拨款: its scale and change, its structure by 类 and its 项 with their purposes. */
final class GeneralBudgetSections {
    private static final FundingSource GENERAL = FundingSource.GENERAL_PUBLIC_BUDGET;

    private GeneralBudgetSections() {
    }

    static void scale(Writing w) {
        Snapshot.Figure figure = w.snapshot.income().sources().get(GENERAL);
        Change change = w.change(figure, "rate.scale");
        List<Span> reason = figure.reason().isBlank() && !change.changed() ? List.of()
                : w.closedOrMissing(figure.reason(), "missing.generalReason");
        w.paragraph("general.scale", Writing.concat(w.comparison(change, DisclosureSection.FUNCTIONAL), "reason", reason));
    }

    /**
     * Every 类 of the year's catalog (and any custom 类 with spending), with amount and share, zeros included; a 类 of
     * another budget ({@code general.structure.otherBudgets}) only when it has spending.
     */
    static void structure(Writing w) {
        List<String> otherBudgets = List.of(w.template.optional("general.structure.otherBudgets").orElse("")
                .replace(" ", "").split(","));
        Map<String, BigDecimal> byClass = new TreeMap<>();
        for (CatalogEntry entry : w.snapshot.catalog().entries(CodeKind.FUNCTIONAL)) {
            if (entry.level() == CodeLevel.CLASS && !otherBudgets.contains(entry.code())) {
                byClass.put(entry.code(), BigDecimal.ZERO);
            }
        }
        for (Line line : generalLines(w)) {
            byClass.merge(line.itemCode().substring(0, 3), line.total(), BigDecimal::add);
        }
        BigDecimal whole = byClass.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (whole.signum() == 0) {
            w.paragraph("general.structure.none");
            return;
        }
        int scale = w.template.integer("share.scale");
        List<BigDecimal> shares = Shares.largestRemainder(List.copyOf(byClass.values()), scale);
        List<List<Span>> parts = new ArrayList<>();
        int i = 0;
        String least = Wording.shareText(BigDecimal.ONE.movePointLeft(scale));
        for (Map.Entry<String, BigDecimal> entry : byClass.entrySet()) {
            BigDecimal share = shares.get(i++);
            // a 类 with spending whose share rounds to 0 is said to be under the smallest share stated, never 0%
            String key = share.signum() == 0 && entry.getValue().signum() > 0 ? "general.structure.class.small"
                    : "general.structure.class";
            parts.add(w.sentence(key, "name", Wording.name(w.name(CodeKind.FUNCTIONAL, entry.getKey())),
                    "amount", w.amount(entry.getValue()), "share", Wording.shareText(share), "least", least));
        }
        List<Span> paragraph = new ArrayList<>(w.join(parts, "sentence"));
        paragraph.add(Span.text("。"));
        paragraph.addAll(w.sentence("general.structure.rule", "decimals", w.template.text("decimals." + scale)));
        w.out.paragraph(paragraph);
        w.residue(List.copyOf(byClass.values()), whole, "residue.parts.classes", "residue.whole.classes");
    }

    /** Each 项 of the general public budget with spending: class, section, item, amount and purpose. */
    static void items(Writing w) {
        List<Line> lines = generalLines(w);
        List<List<Block.Paragraph>> items = new ArrayList<>();
        Map<String, List<BigDecimal>> byClass = new TreeMap<>();
        for (Line line : lines) {
            String code = line.itemCode();
            String item = w.name(CodeKind.FUNCTIONAL, code);
            items.add(List.of(new Block.Paragraph(w.sentence("general.item", itemNames(w, code, "amount",
                    w.amount(line.total()), "purpose",
                    w.closedOrMissing(line.purpose(), "missing.itemPurpose", "item", item, "code", code))))));
            byClass.computeIfAbsent(code.substring(0, 3), key -> new ArrayList<>()).add(line.total());
        }
        if (items.isEmpty()) {
            w.paragraph("general.structure.none");
            return;
        }
        w.out.list(items);
        for (Map.Entry<String, List<BigDecimal>> entry : byClass.entrySet()) {
            BigDecimal classTotal = entry.getValue().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            w.residue(entry.getValue(), classTotal, "residue.parts.items", "residue.whole.items",
                    "class", w.name(CodeKind.FUNCTIONAL, entry.getKey()));
        }
    }

    /** The fields naming a 项 by its 类, 款 and own name, followed by {@code more}. */
    static Object[] itemNames(Writing w, String code, Object... more) {
        return Writing.concat(new Object[] {
            "class", w.name(CodeKind.FUNCTIONAL, code.substring(0, 3)),
            "section", w.name(CodeKind.FUNCTIONAL, code.substring(0, 5)),
            "item", w.name(CodeKind.FUNCTIONAL, code), "code", code}, more);
    }

    /** The general public budget's lines with spending, by code. */
    static List<Line> generalLines(Writing w) {
        return w.snapshot.spending().lines().stream()
                .filter(line -> line.source() == GENERAL && line.total().signum() != 0)
                .toList();
    }

    /** The codes of every 项 with spending from any source, for 名词解释. */
    static List<String> usedItemCodes(Writing w) {
        TreeSet<String> codes = new TreeSet<>();
        w.snapshot.spending().lines().stream().filter(line -> line.total().signum() != 0)
                .forEach(line -> codes.add(line.itemCode()));
        return List.copyOf(codes);
    }
}
