package org.budgetdesk.readiness;

import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.check.Checker;
import org.budgetdesk.check.Finding;
import org.budgetdesk.check.Location;
import org.budgetdesk.check.PlaceholderFinding;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.budgetdesk.narrative.NarrativeTemplate;
import org.budgetdesk.narrative.Placeholder;

/**
 * Every finding on a draft, as the 检查 tab and the {@code check} command show it: the consistency checks, and a
 * finding (N10) for each placeholder the explanation would print where free text is missing — unless N9 already
 * reports the same missing reason. Findings are in the checker's order ({@link Checker#ORDER}).
 */
public final class DraftCheck {
    /** The placeholder rule's id, for listing it beside the checker's rules. */
    public static final String PLACEHOLDER_RULE = PlaceholderFinding.RULE;

    private final Checker checker = new Checker();

    /** {@link #check(Department, Catalog)} against the code lists of the budget year and the project. */
    public List<Finding> check(Department department) {
        return withPlaceholders(department, checker.check(department));
    }

    /**
     * Checks the department against a catalog (the workbench passes its cached one) and writes its explanation as
     * its region words it (the default region's when it has chosen none).
     */
    public List<Finding> check(Department department, Catalog catalog) {
        return withPlaceholders(department, checker.check(department, catalog));
    }

    private static List<Finding> withPlaceholders(Department department, List<Finding> checked) {
        List<Finding> findings = new ArrayList<>(checked);
        NarrativeGenerator generator = new NarrativeGenerator(
                NarrativeTemplate.forRegionOrDefault(department.region().get()));
        List<Finding> placeholders = new ArrayList<>();
        for (Placeholder placeholder : generator.generate(department).placeholders()) {
            PlaceholderFields.of(placeholder.key())
                    .filter(place -> !reportedByN9(findings, place))
                    .ifPresent(place -> placeholders.add(PlaceholderFinding.of(location(department, place),
                            placeholder.section(), placeholder.what())));
        }
        findings.addAll(placeholders);
        findings.sort(Checker.ORDER);
        return List.copyOf(findings);
    }

    /** The text goes where the department's own unit (本级) enters it: the explanation reads it from there first. */
    private static Location location(Department department, PlaceholderFields.Place place) {
        return new Location(place.section(), 0, department.ownUnit().name().get(), null, place.field());
    }

    private static boolean reportedByN9(List<Finding> findings, PlaceholderFields.Place place) {
        return findings.stream().anyMatch(finding -> finding.rule().equals("N9")
                && finding.location().section() == place.section()
                && place.fields().contains(finding.location().field()));
    }
}
