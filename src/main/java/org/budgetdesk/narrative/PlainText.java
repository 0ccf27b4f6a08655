package org.budgetdesk.narrative;

/**
 * The explanation as plain text: the title, then one line per heading and paragraph, blank lines between blocks,
 * body paragraphs indented by two ideographic spaces as Chinese documents are. Lines end with {@code \n}.
 */
public final class PlainText {
    private static final String INDENT = "\u3000\u3000";

    private PlainText() {
    }

    public static String render(NarrativeDocument document) {
        StringBuilder out = new StringBuilder();
        for (Block block : document.blocks()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (block instanceof Block.Title title) {
                out.append(title.text()).append('\n');
            } else if (block instanceof Block.Heading heading) {
                out.append(heading.numbered()).append('\n');
            } else if (block instanceof Block.Paragraph paragraph) {
                out.append(INDENT).append(paragraph.text()).append('\n');
            } else if (block instanceof Block.NumberedList list) {
                for (Block.ListItem item : list.items()) {
                    String number = item.number();
                    for (Block.Paragraph paragraph : item.paragraphs()) {
                        out.append(INDENT).append(number).append(paragraph.text()).append('\n');
                        number = "";
                    }
                }
            }
        }
        return out.toString();
    }
}
