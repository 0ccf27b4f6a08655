package org.budgetdesk.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the blocks of an explanation and numbers its headings and list items by the template's patterns. */
final class DocumentBuilder {
    private final NarrativeTemplate template;
    private final List<Block> blocks = new ArrayList<>();
    private final int[] counters = new int[4];

    DocumentBuilder(NarrativeTemplate template) {
        this.template = template;
    }

    void title(List<Span> spans) {
        blocks.add(new Block.Title(new Block.Paragraph(spans).text()));
    }

    /** A heading; its number counts on from the previous heading of its level, restarting under a new parent. */
    void heading(int level, String text) {
        counters[level]++;
        for (int deeper = level + 1; deeper < counters.length; deeper++) {
            counters[deeper] = 0;
        }
        blocks.add(new Block.Heading(level, number("numbering.level" + level, counters[level]), text));
    }

    void paragraph(List<Span> spans) {
        if (!spans.isEmpty()) {
            blocks.add(new Block.Paragraph(spans));
        }
    }

    /** A numbered list, one item per entry, each entry one or more paragraphs; numbers start at 1. */
    void list(List<List<Block.Paragraph>> items) {
        if (items.isEmpty()) {
            return;
        }
        List<Block.ListItem> numbered = new ArrayList<>();
        for (List<Block.Paragraph> paragraphs : items) {
            numbered.add(new Block.ListItem(number("numbering.list", numbered.size() + 1), paragraphs));
        }
        blocks.add(new Block.NumberedList(numbered));
    }

    NarrativeDocument build() {
        return new NarrativeDocument(blocks);
    }

    private String number(String key, int value) {
        Map<String, String> fields = Map.of("n", Integer.toString(value), "cn", ChineseNumerals.of(value));
        return new Block.Paragraph(Sentence.fill(key, template.text(key), fields)).text();
    }
}
