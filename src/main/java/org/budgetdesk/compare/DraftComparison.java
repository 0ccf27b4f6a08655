package org.budgetdesk.compare;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.budgetdesk.catalog.CodeKind;
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
        CodeNames names = new CodeNames(before, after);
        department(before, after, names, out);
        customCodes(DisclosureSection.FUNCTIONAL, before.customFunctionalCodes(), after.customFunctionalCodes(), out);
        customCodes(DisclosureSection.ECONOMIC, before.customEconomicCodes(), after.customEconomicCodes(), out);
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

    private static void department(Department before, Department after, CodeNames names, Recorder out) {
        out.at(DisclosureSection.OVERVIEW, CommentTarget.DEPARTMENT, "");
        out.text("department.name", "", before.name().get(), after.name().get());
        out.text("department.parentDepartment", "", before.parentDepartment().get(), after.parentDepartment().get());
        out.text("department.budgetYear", "", String.valueOf(before.budgetYear().get()),
                String.valueOf(after.budgetYear().get()));
        out.text("department.kind", "", String.valueOf(before.kind().get()), String.valueOf(after.kind().get()));
        out.text("department.comparisonBasis", "", String.valueOf(before.comparisonBasis().get()),
                String.valueOf(after.comparisonBasis().get()));
        out.text("department.note", "", before.note().get(), after.note().get());
        for (DisclosureSection section : DisclosureSection.values()) {
            out.text("sectionBasis/" + section.name(), "",
                    settingName(before.sectionComparisonBases().get(section)),
                    settingName(after.sectionComparisonBases().get(section)));
        }
        out.at(DisclosureSection.ECONOMIC, CommentTarget.DEPARTMENT, "");
        TreeSet<String> overridden = new TreeSet<>(before.basicCostMapping().overrides().keySet());
        overridden.addAll(after.basicCostMapping().overrides().keySet());
        for (String code : overridden) {
            out.text("basicCost/" + code + ".category", names.subject(CodeKind.ECONOMIC, code),
                    settingName(before.basicCostMapping().overrides().get(code)),
                    settingName(after.basicCostMapping().overrides().get(code)));
        }
    }

    /** A setting's value by name, or "" when there is none (a section following the department's basis). */
    private static String settingName(Enum<?> value) {
        return value == null ? "" : value.name();
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
