package org.budgetdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.budgetdesk.RandomValues;
import org.budgetdesk.SeededTest;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.io.RandomDepartments;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/** A check run a few units at a time finds what the rules find one after another over the whole department. */
class CheckRunTest {
    private final Checker checker = new Checker();

    static LongStream seeds() {
        return RandomValues.seeds(40);
    }

    /**
     * Random departments (their amounts make findings of most rules, and of 部门汇总), advanced in random slices:
     * the findings are each rule's own over the department, put together as the checker always did.
     */
    @SeededTest
    @MethodSource("seeds")
    void aRunAdvancedInAnySlicesFindsWhatTheRulesFindOneAfterAnother(long seed) {
        Random random = new Random(seed);
        Department department = RandomDepartments.department(random);
        Catalog catalog = Catalog.forYear(department.budgetYear().get());
        CheckRun run = checker.start(department, catalog);
        while (!run.done()) {
            run.advance(RandomValues.between(random, 1, 12));
        }
        assertThat(run.findings()).isEqualTo(ruleByRule(department, catalog));
    }

    @Test
    void theSamplesFindTheSameInOneGoAndInSteps() throws Exception {
        List<Department> samples = List.of(SampleProject.load(), SampleProject.load(SampleProject.COUNTY_EDUCATION));
        for (Department department : samples) {
            Catalog catalog = Catalog.forYear(department.budgetYear().get());
            CheckRun run = checker.start(department, catalog);
            int advances = 0;
            while (!run.done()) {
                run.advance(1);
                advances++;
            }
            assertThat(advances).as("a step per unit, 部门汇总 and P4").isEqualTo(
                    department.units().size() + (department.units().size() > 1 ? 2 : 1));
            assertThat(run.findings()).isEqualTo(ruleByRule(department, catalog))
                    .isEqualTo(checker.check(department, catalog));
        }
    }

    /** Each step reads one unit, so a slice of n lines ends after the step that reaches them. */
    @Test
    void aSliceEndsAtTheStepThatReachesItsLines() {
        Department department = new Department("部门", 2024);
        addLines(department.ownUnit(), 5);
        Unit second = new Unit("二");
        addLines(second, 5);
        department.units().add(second);
        CheckRun run = checker.start(department, Catalog.forYear(2024));

        run.advance(6);   // the own unit (5 lines), then the second (5 more): 10 ≥ 6
        assertThat(run.done()).isFalse();
        assertThatThrownBy(run::findings).isInstanceOf(IllegalStateException.class);
        run.advance(1);   // 部门汇总
        assertThat(run.done()).isFalse();
        run.advance(1);   // P4, over the whole department
        assertThat(run.done()).isTrue();
        assertThat(run.findings()).isEqualTo(checker.check(department, Catalog.forYear(2024)));
    }

    private static void addLines(Unit unit, int count) {
        List<String> codes = List.of("2010101", "2010102", "2010103", "2010104", "2010105");
        for (int i = 0; i < count; i++) {
            unit.functional().add(new FunctionalLine(codes.get(i)));
        }
    }

    /** The check as it ran before runs had steps: rule by rule over every unit, then put together. */
    private List<Finding> ruleByRule(Department department, Catalog catalog) {
        List<Finding> all = new ArrayList<>();
        for (Rule rule : checker.rules()) {
            all.addAll(rule.check(department, catalog));
        }
        Set<List<Object>> atUnits = new HashSet<>();
        all.stream().filter(finding -> !finding.location().isConsolidated())
                .forEach(finding -> atUnits.add(key(finding)));
        List<Finding> kept = new ArrayList<>(all.stream()
                .filter(finding -> !finding.location().isConsolidated() || !atUnits.contains(key(finding))).toList());
        kept.sort(Checker.ORDER);
        return kept;
    }

    private static List<Object> key(Finding finding) {
        Location at = finding.location();
        return Arrays.asList(finding.rule(), at.section(), at.code(), at.field(), finding.message());
    }
}
