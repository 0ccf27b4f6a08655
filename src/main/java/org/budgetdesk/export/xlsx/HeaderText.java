package org.budgetdesk.export.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a long header into balanced lines, so 因公出国（境）费 prints as 因公出国 / （境）费 in every client rather than
 * wherever a client's font happens to run out of room. A line never starts with a closing sign nor ends with an
 * opening one.
 */
final class HeaderText {
    private static final String NO_LINE_START = "）)、，。：；”」";
    private static final String NO_LINE_END = "（(“「";

    private HeaderText() {
    }

    /**
     * The header in lines of about equal width, none wider than {@code width} digit widths (unless a closing sign
     * must stay with its line), joined by line breaks.
     */
    static String wrap(String header, int width) {
        int total = TextWidth.of(header);
        if (total <= width || width < 2) {
            return header;
        }
        int count = (total + width - 1) / width;
        int target = (total + count - 1) / count;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            int have = TextWidth.of(line.toString());
            boolean full = have >= target || have + TextWidth.of(String.valueOf(c)) > width;
            if (full && line.length() > 0 && NO_LINE_START.indexOf(c) < 0
                    && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) < 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(c);
        }
        lines.add(line.toString());
        return String.join("\n", lines);
    }

    /** The width of the widest line of a wrapped header. */
    static int widest(String wrapped) {
        int widest = 0;
        for (String line : wrapped.split("\n", -1)) {
            widest = Math.max(widest, TextWidth.of(line));
        }
        return widest;
    }
}
