package org.budgetdesk.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the text says that its residues come from rounding (“因四舍五入产生的差异”): a note covers the top-level
 * section it stands in; a note that names no figure covers the whole text. A residue a note covers is not reported.
 */
public final class RoundingNotes {
    private final Set<String> sections = new HashSet<>();
    private boolean everywhere;

    static RoundingNotes find(List<Paragraph> paragraphs, AuditPatterns patterns) {
        Pattern note = patterns.compile("{rounding.note}");
        Pattern figure = Pattern.compile("\\d\\s*(?:亿元|万元|千元|元)");
        RoundingNotes notes = new RoundingNotes();
        for (Paragraph paragraph : paragraphs) {
            if (!note.matcher(paragraph.norm()).find()) {
                continue;
            }
            if (figure.matcher(paragraph.norm()).find()) {
                notes.sections.add(topSection(paragraph));
            } else {
                notes.everywhere = true;
            }
        }
        return notes;
    }

    public boolean covers(Paragraph paragraph) {
        return everywhere || sections.contains(topSection(paragraph));
    }

    /** The first heading a paragraph is under (the level-1 section), or "" before any heading. */
    static String topSection(Paragraph paragraph) {
        String section = paragraph.isHeading() && paragraph.level() == 1 ? paragraph.text() : paragraph.section();
        int slash = section.indexOf(" / ");
        return slash < 0 ? section : section.substring(0, slash);
    }
}
