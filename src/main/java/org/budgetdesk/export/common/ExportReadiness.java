package org.budgetdesk.export.common;

import java.util.List;
import org.budgetdesk.check.Checker;
import org.budgetdesk.check.Finding;
import org.budgetdesk.model.Department;
import org.budgetdesk.narrative.NarrativeGenerator;
import org.budgetdesk.narrative.NarrativeTemplate;
import org.budgetdesk.narrative.Placeholder;

/**
 * What still stands between a department and its published documents: the check errors, and the placeholders the
 * explanation would print where free text is missing (【待填写：…】). The workbench asks before exporting anyway; the
 * {@code export} command lists them and, with {@code --strict}, writes nothing.
 *
 * @param errors       the findings of severity error
 * @param placeholders the placeholders of the department's explanation, in reading order
 */
public record ExportReadiness(List<Finding> errors, List<Placeholder> placeholders) {

    public ExportReadiness {
        errors = List.copyOf(errors);
        placeholders = List.copyOf(placeholders);
    }

    /** Checks the department and writes its explanation with the region's template (Sichuan when it has none). */
    public static ExportReadiness of(Department department, String region) {
        List<Finding> errors = new Checker().errors(department);
        NarrativeGenerator generator = new NarrativeGenerator(NarrativeTemplate.forRegionOrDefault(region));
        return new ExportReadiness(errors, generator.generate(department).placeholders());
    }

    /** True when there is no error and no placeholder. */
    public boolean isReady() {
        return errors.isEmpty() && placeholders.isEmpty();
    }
}
