package org.budgetdesk.narrative;

import java.util.List;
import java.util.stream.Collectors;

/** One element of the explanation, in reading order: the title, a numbered heading, a paragraph or a numbered list. */
public sealed interface Block {

    /** The document title, e.g. 关于…2021年部门预算编制的说明; a line break ({@code \n}) splits it into lines. */
    record Title(String text) implements Block {
        /** The title on one line, as a file's title property holds it. */
        public String singleLine() {
            return text.replace("\n", "");
        }
    }

    /**
     * A heading.
     *
     * @param level  1 for a section (一、), 2 for a subsection (（一）), 3 below that
     * @param number the heading number as printed, e.g. 八、 or （二）
     * @param text   the heading text without its number
     */
    record Heading(int level, String number, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level must be 1 to 3: " + level);
            }
        }

        /** The number followed by the text, as printed: 八、“三公”经费预算安排情况说明. */
        public String numbered() {
            return number + text;
        }
    }

    /** A paragraph: text spans, some of which may be placeholders. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        /** The paragraph's text, placeholders shown by their markers. */
        public String text() {
            return spans.stream().map(Span::text).collect(Collectors.joining());
        }
    }

    /** A numbered list, e.g. the functions or the 项 with their amounts. */
    record NumberedList(List<ListItem> items) implements Block {
        public NumberedList {
            items = List.copyOf(items);
        }
    }

    /**
     * One item of a numbered list: its number as printed (1.) and one or more paragraphs; the number goes before the
     * first.
     */
    record ListItem(String number, List<Paragraph> paragraphs) {
        public ListItem {
            paragraphs = List.copyOf(paragraphs);
            if (paragraphs.isEmpty()) {
                throw new IllegalArgumentException("a list item needs a paragraph");
            }
        }
    }
}
