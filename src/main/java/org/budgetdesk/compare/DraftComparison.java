package org.budgetdesk.compare;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Unit;

/**
 * Compares two drafts of a budget: every entered figure and text, line by line, unit by unit. Lines are matched by
 * their identity (functional 项 code and funding source, economic code, income source); units and projects by name,
 * a renamed one by position; paragraphs of functions and key tasks by content. Derived figures are not compared.
 */
public final class DraftComparison {
    private DraftComparison() {
    }

    /** What changed from {@code before} (the earlier draft) to {@code after}. */
    public static Comparison compare(Department before, Department after) {
        Recorder out = new Recorder();
        department(before, after, out);
        customCodes(DisclosureSection.FUNCTIONAL, before.customFunctionalCodes(), after.customFunctionalCodes(), out);
        customCodes(DisclosureSection.ECONOMIC, before.customEconomicCodes(), after.customEconomicCodes(), out);
        CodeNames names = new CodeNames(before, after);
        List<Unit> earlier = before.units();
        List<Unit> later = after.units();
        for (Pairing.Pair pair : Pairing.byName(earlier, later, unit -> unit.name().get(), true)) {
            if (pair.before() < 0) {
                Unit added = later.get(pair.after());
                out.at(DisclosureSection.OVERVIEW, pair.after(), added.name().get()).added("unit", "",
                        added.name().get());
            } else if (pair.after() < 0) {
                Unit removed = earlier.get(pair.before());
                out.at(DisclosureSection.OVERVIEW, CommentTarget.DEPARTMENT, removed.name().get())
                        .removed("unit", "", removed.name().get());
            } else {
                new UnitDifferences(out, names, pair.after(), later.get(pair.after()).name().get())
                        .compare(earlier.get(pair.before()), later.get(pair.after()));
            }
        }
        return new Comparison(out.found());
    }

    private static void department(Department before, Department after, Recorder out) {
        out.at(DisclosureSection.OVERVIEW, CommentTarget.DEPARTMENT, "");
        out.text("department.name", "", before.name().get(), after.name().get());
        out.text("department.parentDepartment", "", before.parentDepartment().get(), after.parentDepartment().get());
        out.text("department.budgetYear", "", String.valueOf(before.budgetYear().get()),
                String.valueOf(after.budgetYear().get()));
        out.text("department.kind", "", String.valueOf(before.kind().get()), String.valueOf(after.kind().get()));
        out.text("department.comparisonBasis", "", String.valueOf(before.comparisonBasis().get()),
                String.valueOf(after.comparisonBasis().get()));
        out.text("department.note", "", before.note().get(), after.note().get());
    }

    private static void customCodes(DisclosureSection section, Map<String, String> before, Map<String, String> after,
                                    Recorder out) {
        out.at(section, CommentTarget.DEPARTMENT, "");
        TreeSet<String> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        for (String code : codes) {
            String key = "custom/" + code;
            if (!before.containsKey(code)) {
                out.added(key, "", after.get(code));
            } else if (!after.containsKey(code)) {
                out.removed(key, "", before.get(code));
            } else {
                out.text(key, "", before.get(code), after.get(code));
            }
        }
    }
}
