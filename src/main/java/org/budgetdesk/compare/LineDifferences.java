package org.budgetdesk.compare;

import java.util.List;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.EconomicSpending;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FunctionalSpending;
import org.budgetdesk.model.PerformanceIndicator;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.PerformanceTargets;

/**
 * The differences in a unit's lists: functional and economic lines matched by identity, projects by name. A line
 * only one draft has is one difference, valued at its total.
 */
final class LineDifferences {
    private final Recorder out;
    private final CodeNames names;

    LineDifferences(Recorder out, CodeNames names) {
        this.out = out;
        this.names = names;
    }

    void functional(FunctionalSpending before, FunctionalSpending after) {
        for (FunctionalLine line : after.lines()) {
            String key = line.itemCode() + "/" + line.source().name();
            String subject = names.subject(CodeKind.FUNCTIONAL, line.itemCode());
            FunctionalLine old = before.find(line.itemCode(), line.source()).orElse(null);
            if (old == null) {
                out.added(key, subject, line.total().get());
                continue;
            }
            out.amount(key + ".personnel", subject, old.personnel().get(), line.personnel().get());
            out.amount(key + ".publicCosts", subject, old.publicCosts().get(), line.publicCosts().get());
            out.amount(key + ".project", subject, old.project().get(), line.project().get());
            out.amount(key + ".prior", subject, old.prior().get(), line.prior().get());
            out.text(key + ".purpose", subject, old.purpose().get(), line.purpose().get());
        }
        for (FunctionalLine old : before.lines()) {
            if (after.find(old.itemCode(), old.source()).isEmpty()) {
                out.removed(old.itemCode() + "/" + old.source().name(),
                        names.subject(CodeKind.FUNCTIONAL, old.itemCode()), old.total().get());
            }
        }
    }

    void economic(EconomicSpending before, EconomicSpending after) {
        for (EconomicLine line : after.lines()) {
            String subject = names.subject(CodeKind.ECONOMIC, line.itemCode());
            EconomicLine old = before.find(line.itemCode()).orElse(null);
            if (old == null) {
                out.added(line.itemCode(), subject, line.current().get());
                continue;
            }
            out.amount(line.itemCode() + ".current", subject, old.current().get(), line.current().get());
            out.amount(line.itemCode() + ".prior", subject, old.prior().get(), line.prior().get());
            out.amount(line.itemCode() + ".project", subject, old.project().get(), line.project().get());
        }
        for (EconomicLine old : before.lines()) {
            if (after.find(old.itemCode()).isEmpty()) {
                out.removed(old.itemCode(), names.subject(CodeKind.ECONOMIC, old.itemCode()), old.current().get());
            }
        }
    }

    void projects(PerformanceTargets before, PerformanceTargets after) {
        List<PerformanceProject> earlier = before.projects();
        List<PerformanceProject> later = after.projects();
        for (Pairing.Pair pair : Pairing.byName(earlier, later, project -> project.name().get(), false)) {
            if (pair.before() < 0) {
                PerformanceProject added = later.get(pair.after());
                out.added("project/" + pair.after(), added.name().get(), added.amount().get());
            } else if (pair.after() < 0) {
                PerformanceProject removed = earlier.get(pair.before());
                out.removed("project/" + pair.before(), removed.name().get(), removed.amount().get());
            } else {
                PerformanceProject old = earlier.get(pair.before());
                PerformanceProject now = later.get(pair.after());
                String key = "project/" + pair.after();
                String subject = now.name().get();
                out.text(key + ".name", subject, old.name().get(), now.name().get());
                out.text(key + ".functionalCode", subject, old.functionalCode().get(), now.functionalCode().get());
                out.amount(key + ".amount", subject, old.amount().get(), now.amount().get());
                out.text(key + ".goals", subject, old.goals().get(), now.goals().get());
                out.text(key + ".indicators", subject, PerformanceIndicator.lines(old.indicators()),
                        PerformanceIndicator.lines(now.indicators()));
            }
        }
    }
}
