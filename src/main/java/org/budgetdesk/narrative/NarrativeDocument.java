package org.budgetdesk.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated explanation (部门预算编制的说明): blocks in reading order, every number already worded. Immutable; the
 * exporters and the preview render it, and {@link #placeholders()} lists the free text still to be written.
 */
public record NarrativeDocument(List<Block> blocks) {

    public NarrativeDocument {
        blocks = List.copyOf(blocks);
    }

    /**
     * Every placeholder in reading order, with the heading it is under: the section, and the subsection when there
     * is one (九、其他重要事项的情况说明 / （一）机关运行经费).
     */
    public List<Placeholder> placeholders() {
        List<Placeholder> found = new ArrayList<>();
        String section = "";
        String subsection = "";
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                if (heading.level() == 1) {
                    section = heading.numbered();
                    subsection = "";
                } else {
                    subsection = heading.numbered();
                }
                continue;
            }
            String where = subsection.isEmpty() ? section : section + " / " + subsection;
            if (block instanceof Block.Paragraph paragraph) {
                collect(paragraph, where, found);
            } else if (block instanceof Block.NumberedList list) {
                for (Block.ListItem item : list.items()) {
                    for (Block.Paragraph paragraph : item.paragraphs()) {
                        collect(paragraph, where, found);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** The whole text as plain lines (see {@link PlainText}). */
    public String text() {
        return PlainText.render(this);
    }

    private static void collect(Block.Paragraph paragraph, String section, List<Placeholder> found) {
        for (Span span : paragraph.spans()) {
            if (span.isPlaceholder()) {
                found.add(new Placeholder(section, span.what(), span.missingKey()));
            }
        }
    }
}
