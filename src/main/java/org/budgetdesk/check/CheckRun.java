package org.budgetdesk.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Unit;

/**
 * One check of a department that can be run a few units at a time ({@link #advance}), so the thread that owns the
 * model can check a large department between other work: each step checks one unit (or 部门汇总) with every rule that
 * looks at one unit at a time, and the rules that look at the whole department get a step each at the end. The
 * findings are the same, in the same order, as a check in one go ({@link Checker#check}, which runs one of these to
 * its end).
 *
 * <p>Reads the model in every step: the model must not change between the first step and the last, or the findings
 * mix the two states. A caller that lets the model change in between drops the run.
 */
public final class CheckRun {
    /** A step of the run and the lines it reads. */
    private record Step(Runnable work, int lines) {
    }

    /** Each rule's findings, in the order a rule-by-rule check would make them. */
    private final List<List<Finding>> byRule = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private int next;
    private List<Finding> findings;

    /** Plans the steps; reads the model, on the thread that owns it. */
    CheckRun(Department department, Catalog catalog, List<Rule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            byRule.add(new ArrayList<>());
        }
        int allLines = 0;
        for (int index = 0; index < Scope.count(department); index++) {
            int scope = index;
            int lines = lines(Scope.unit(department, scope));
            allLines += lines;
            steps.add(new Step(() -> {
                for (int i = 0; i < rules.size(); i++) {
                    if (rules.get(i) instanceof UnitRule rule) {
                        rule.check(Scope.of(department, scope, catalog, rule.id(), byRule.get(i)));
                    }
                }
            }, lines));
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            List<Finding> out = byRule.get(i);
            if (!(rule instanceof UnitRule)) {
                steps.add(new Step(() -> out.addAll(rule.check(department, catalog)), allLines));
            }
        }
    }

    /** True when every step has run and {@link #findings()} can be read. */
    public boolean done() {
        return findings != null;
    }

    /**
     * Runs steps until they have read at least {@code lines} lines (functional and economic; a step counts at least
     * one) or none is left.
     */
    public void advance(int lines) {
        int read = 0;
        while (next < steps.size() && read < lines) {
            Step step = steps.get(next++);
            step.work().run();
            read += Math.max(1, step.lines());
        }
        if (next == steps.size() && findings == null) {
            collect();
        }
    }

    /** Runs every step left. */
    public CheckRun finish() {
        advance(Integer.MAX_VALUE);
        return this;
    }

    /**
     * Every finding, sorted by {@link Checker#ORDER}; a finding about 部门汇总 that a unit has word for word is left
     * out.
     */
    public List<Finding> findings() {
        if (findings == null) {
            throw new IllegalStateException("the check has steps left");
        }
        return findings;
    }

    private static int lines(Unit unit) {
        return unit.functional().lines().size() + unit.economic().lines().size();
    }

    /** Puts the rules' findings together as {@link #findings()} gives them. */
    private void collect() {
        List<Finding> all = new ArrayList<>();
        byRule.forEach(all::addAll);
        Set<List<Object>> unitFindings = new HashSet<>();
        for (Finding finding : all) {
            if (!finding.location().isConsolidated()) {
                unitFindings.add(key(finding));
            }
        }
        List<Finding> kept = new ArrayList<>(all.size());
        for (Finding finding : all) {
            if (!finding.location().isConsolidated() || !unitFindings.contains(key(finding))) {
                kept.add(finding);
            }
        }
        kept.sort(Checker.ORDER);
        findings = List.copyOf(kept);
    }

    /** What makes two findings the same, whichever unit they are about. */
    private static List<Object> key(Finding finding) {
        Location at = finding.location();
        return Arrays.asList(finding.rule(), at.section(), at.code(), at.field(), finding.message());
    }
}
