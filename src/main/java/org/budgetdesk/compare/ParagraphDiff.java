package org.budgetdesk.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of two versions of a text list (functions, key tasks) that differ: a longest common subsequence
 * keeps what is unchanged, so inserting a paragraph shows as one added paragraph, not as every later one changed.
 * Removed and added paragraphs between the same unchanged ones are paired up as changed.
 */
final class ParagraphDiff {
    /** A paragraph that differs: indexes into the earlier and later list, -1 where one side has none. */
    record Edit(int before, int after) {
    }

    private ParagraphDiff() {
    }

    static List<Edit> of(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                flush(removed, added, edits);
                i++;
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        flush(removed, added, edits);
        return edits;
    }

    private static void flush(List<Integer> removed, List<Integer> added, List<Edit> edits) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            edits.add(new Edit(removed.get(k), added.get(k)));
        }
        for (int k = paired; k < removed.size(); k++) {
            edits.add(new Edit(removed.get(k), -1));
        }
        for (int k = paired; k < added.size(); k++) {
            edits.add(new Edit(-1, added.get(k)));
        }
        removed.clear();
        added.clear();
    }
}
