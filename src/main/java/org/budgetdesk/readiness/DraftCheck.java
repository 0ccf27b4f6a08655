package org.budgetdesk.readiness;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.check.CheckRun;
import org.budgetdesk.check.Checker;
import org.budgetdesk.check.Finding;
import org.budgetdesk.check.Location;
import org.budgetdesk.check.PlaceholderFinding;
import org.budgetdesk.check.Severity;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.budgetdesk.narrative.NarrativeTemplate;
import org.budgetdesk.narrative.Placeholder;
import org.budgetdesk.narrative.Snapshot;

/**
 * Every finding on a draft, as the 检查 tab and the {@code check} command show it: the consistency checks, and a
 * finding (N10) for each placeholder the explanation would print where free text is missing — unless N9 already
 * reports the same missing reason. Findings are in the checker's order ({@link Checker#ORDER}).
 *
 * <p>In two steps for the workbench: {@link #read} runs the checks on the model and takes a snapshot of its figures,
 * on the thread that owns the model (all at once, or a few units at a time: {@link #start}); {@link Draft#finish()}
 * writes the explanation from the snapshot and completes the findings, on any thread.
 */
public final class DraftCheck {
    /** The placeholder rule's id, for listing it beside the checker's rules. */
    public static final String PLACEHOLDER_RULE = PlaceholderFinding.RULE;

    private final Checker checker = new Checker();

    /**
     * One check of a draft.
     *
     * @param findings     every finding, the placeholders' (N10, warnings) included, in the checker's order
     * @param placeholders the placeholders the explanation prints, in reading order
     */
    public record Result(List<Finding> findings, List<Placeholder> placeholders) {
        public Result {
            findings = List.copyOf(findings);
            placeholders = List.copyOf(placeholders);
        }

        /** The findings of severity error. */
        public List<Finding> errors() {
            return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
        }
    }

    /**
     * The checks' findings and a snapshot of the figures, read from the model; nothing in it changes with the model.
     *
     * @param checked      the checker's findings
     * @param snapshot     the department's figures as a whole (部门汇总), for the explanation
     * @param generator    the explanation as the department's region words it
     * @param ownUnitName  the name of the department's own unit (本级), where the missing texts are entered
     */
    public record Draft(List<Finding> checked, Snapshot snapshot, NarrativeGenerator generator, String ownUnitName) {
        public Draft {
            checked = List.copyOf(checked);
        }

        /** Writes the explanation and adds its placeholders to the findings; safe on any thread. */
        public Result finish() {
            List<Finding> findings = new ArrayList<>(checked);
            List<Placeholder> placeholders = generator.generate(snapshot).placeholders();
            for (Placeholder placeholder : placeholders) {
                PlaceholderFields.of(placeholder.key())
                        .filter(place -> !reportedByN9(checked, place))
                        .ifPresent(place -> findings.add(PlaceholderFinding.of(
                                new Location(place.section(), 0, ownUnitName, null, place.field()),
                                placeholder.section(), placeholder.what())));
            }
            findings.sort(Checker.ORDER);
            return new Result(findings, placeholders);
        }
    }

    /** {@link #check(Department, Catalog)} against the code lists of the budget year and the project. */
    public List<Finding> check(Department department) {
        return draft(department, checker.check(department), Snapshot.of(department, department.consolidated()))
                .finish().findings();
    }

    /**
     * Checks the department against a catalog (the workbench passes its cached one) and writes its explanation as
     * its region words it (the default region's when it has chosen none).
     */
    public List<Finding> check(Department department, Catalog catalog) {
        return read(department, catalog).finish().findings();
    }

    /** Runs the checks and takes the snapshot for the explanation. Reads the model: call on the thread that owns it. */
    public Draft read(Department department, Catalog catalog) {
        return read(department, catalog, start(department, catalog).finish());
    }

    /**
     * The checks of {@link #read}, to be run a few units at a time ({@link CheckRun#advance}) on the thread that owns
     * the model, then handed to {@link #read(Department, Catalog, CheckRun)}.
     */
    public CheckRun start(Department department, Catalog catalog) {
        return checker.start(department, catalog);
    }

    /**
     * The draft of a finished run of {@link #start} over the same department and catalog, the model unchanged since
     * the run started: takes the snapshot for the explanation. Reads the model: call on the thread that owns it.
     */
    public Draft read(Department department, Catalog catalog, CheckRun run) {
        return draft(department, run.findings(), Snapshot.of(department, department.consolidated(), catalog));
    }

    private static Draft draft(Department department, List<Finding> checked, Snapshot snapshot) {
        NarrativeGenerator generator = new NarrativeGenerator(
                NarrativeTemplate.forRegionOrDefault(department.region().get()));
        return new Draft(checked, snapshot, generator, department.ownUnit().name().get());
    }

    private static boolean reportedByN9(List<Finding> findings, PlaceholderFields.Place place) {
        return findings.stream().anyMatch(finding -> finding.rule().equals("N9")
                && finding.location().section() == place.section()
                && place.fields().contains(finding.location().field()));
    }
}
