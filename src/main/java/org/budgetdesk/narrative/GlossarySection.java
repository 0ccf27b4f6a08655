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
        fixed(w, "glossary.before", items);
        for (String code : GeneralBudgetSections.usedItemCodes(w)) {
            Object[] names = GeneralBudgetSections.itemNames(w, code);
            Object definition = ItemDefinitions.of(code).map(Object.class::cast)
                    .orElseGet(() -> w.sentence("glossary.item.fallback", names));
            items.add(List.of(new Block.Paragraph(w.sentence("glossary.item",
                    Writing.concat(names, "definition", definition)))));
        }
        fixed(w, "glossary.after", items);
        w.out.list(items);
    }

    /** The fixed definitions {@code prefix.1}, {@code prefix.2}, …, with the common fields ({fiscalLevel}…). */
    private static void fixed(Writing w, String prefix, List<List<Block.Paragraph>> items) {
        for (int i = 1; i <= w.template.numbered(prefix).size(); i++) {
            items.add(List.of(new Block.Paragraph(w.sentence(prefix + "." + i))));
        }
    }
}
