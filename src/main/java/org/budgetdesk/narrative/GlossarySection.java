package org.budgetdesk.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * 名词解释: the template's fixed definitions ({@code glossary.before.N}), one definition per 项 with spending
 * (from item-definitions.properties, or the template's fallback sentence), then {@code glossary.after.N}; one list.
 */
final class GlossarySection {
    private GlossarySection() {
    }

    static void write(Writing w) {
        List<List<Block.Paragraph>> items = new ArrayList<>();
        w.template.numbered("glossary.before").forEach(text -> items.add(fixed(text)));
        for (String code : GeneralBudgetSections.usedItemCodes(w)) {
            Object[] names = GeneralBudgetSections.itemNames(w, code);
            Object definition = ItemDefinitions.of(code).map(Object.class::cast)
                    .orElseGet(() -> w.sentence("glossary.item.fallback", names));
            items.add(List.of(new Block.Paragraph(w.sentence("glossary.item",
                    Writing.concat(names, "definition", definition)))));
        }
        w.template.numbered("glossary.after").forEach(text -> items.add(fixed(text)));
        w.out.list(items);
    }

    private static List<Block.Paragraph> fixed(String text) {
        return List.of(new Block.Paragraph(List.of(Span.text(text))));
    }
}
