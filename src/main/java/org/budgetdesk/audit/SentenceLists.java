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
    }

    /** An open bracket; {@code owner} is the statement whose amount it follows directly, if any. */
    static final class Bracket {
        final Statement owner;
        boolean partial;

        Bracket(Statement owner) {
            this.owner = owner;
        }
    }

}
