package org.budgetdesk.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Pairs the items of two lists that have no fixed identity (units, projects): the first items always (the own unit),
 * then equal names in order, then what is left by position, so a renamed item is compared with its old self; the
 * rest stand alone as added or removed.
 */
final class Pairing {
    /** Indexes into the two lists; -1 where one side has no item. */
    record Pair(int before, int after) {
    }

    private Pairing() {
    }

    /** Pairs in the later list's order, then the earlier items nothing was paired with. */
    static <T> List<Pair> byName(List<T> before, List<T> after, Function<T, String> name, boolean firstFixed) {
        int[] match = new int[after.size()];
        Arrays.fill(match, -1);
        boolean[] used = new boolean[before.size()];
        if (firstFixed && !before.isEmpty() && !after.isEmpty()) {
            match[0] = 0;
            used[0] = true;
        }
        for (int j = 0; j < after.size(); j++) {
            for (int i = 0; i < before.size() && match[j] < 0; i++) {
                if (!used[i] && name.apply(before.get(i)).equals(name.apply(after.get(j)))) {
                    match[j] = i;
                    used[i] = true;
                }
            }
        }
        int next = 0;
        for (int j = 0; j < after.size(); j++) {
            while (next < before.size() && used[next]) {
                next++;
            }
            if (match[j] < 0 && next < before.size()) {
                match[j] = next;
                used[next] = true;
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int j = 0; j < after.size(); j++) {
            pairs.add(new Pair(match[j], j));
        }
        for (int i = 0; i < before.size(); i++) {
            if (!used[i]) {
                pairs.add(new Pair(i, -1));
            }
        }
        return pairs;
    }
}
