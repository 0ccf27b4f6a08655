package org.budgetdesk.audit;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Amounts named together and given in turn (人员经费和公用经费分别为720万元、180万元): the first amount takes the first
 * name, and each amount after it with no words of its own takes the next.
 */
final class NamesInTurn {
    private final Cues cues;
    private final Deque<String> waiting = new ArrayDeque<>();

    NamesInTurn(Cues cues) {
        this.cues = cues;
    }

    /** The name an amount with this cleaned label takes instead, or null when its own label stands. */
    String nameFor(String label) {
        Matcher together = cues.respectively.matcher(label);
        List<String> names = together.matches()
                ? Arrays.stream(cues.respectivelyJoiner.split(together.group(1))).map(String::strip)
                        .filter(name -> !name.isEmpty()).toList()
                : List.of();
        if (names.size() >= 2) {
            waiting.clear();
            waiting.addAll(names.subList(1, names.size()));
            return names.get(0);
        }
        if (label.isEmpty() && !waiting.isEmpty()) {
            return waiting.poll();
        }
        waiting.clear();
        return null;
    }
}
