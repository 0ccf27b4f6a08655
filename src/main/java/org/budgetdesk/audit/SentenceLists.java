package org.budgetdesk.audit;

import java.util.ArrayList;
import java.util.List;

/** The open lists and brackets of a sentence being read ({@link SentenceReader}). */
final class SentenceLists {
    private SentenceLists() {
    }

    /** A list opened by 其中 (or a partial marker) at a bracket depth. */
    static final class OpenList {
        final Statement parent;
        final int depth;
        final boolean partial;
        final List<Statement> children = new ArrayList<>();
        boolean ambiguous;
        boolean nestedMarker;
        boolean semicolons;
        int markerEnd;
        char lastSeparator;
        int lastChildEnd;

        OpenList(Statement parent, int depth, boolean partial) {
            this.parent = parent;
            this.depth = depth;
            this.partial = partial;
        }

        /**
         * The parent with the parts listed, partial when opened so or when 等 ends the list in {@code text}; null when
         * the list is ambiguous or lists nothing.
         */
        Breakdown breakdown(String text, Cues cues) {
            if (ambiguous || children.isEmpty()) {
                return null;
            }
            String after = text.substring(Math.min(lastChildEnd, text.length()));
            boolean partialList = partial || cues.partialEnd.matcher(after).find();
            return new Breakdown(parent, children, partialList, Breakdown.How.LIST);
        }
    }

    /** An open bracket; {@code owner} is the statement whose amount it follows directly, if any. */
    static final class Bracket {
        final Statement owner;
        boolean partial;

        Bracket(Statement owner) {
            this.owner = owner;
        }

        /** The owner with the parts written inside the bracket, or null when it has no owner or no parts. */
        Breakdown breakdown() {
            if (owner == null) {
                return null;
            }
            List<Statement> parts = new ArrayList<>();
            for (Statement child : owner.children) {
                if (child.inBrackets) {
                    parts.add(child);
                }
            }
            return parts.isEmpty() ? null : new Breakdown(owner, parts, partial, Breakdown.How.BRACKETS);
        }
    }

}
