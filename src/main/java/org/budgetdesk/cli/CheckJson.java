package org.budgetdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.budgetdesk.check.Finding;
import org.budgetdesk.check.Location;
import org.budgetdesk.check.Severity;
import org.budgetdesk.model.Department;

/**
 * The findings as JSON: {@code department, budgetYear, errors, warnings, infos, findings[]}, each finding
 * {@code rule, severity, section, unit, unitIndex, code, field, message, messageEn, figures[]}; {@code unitIndex} is
 * -1 for 部门汇总, {@code code} and {@code field} are null when they do not apply.
 */
final class CheckJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckJson() {
    }

    static String render(Department department, List<Finding> findings) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("department", department.name().get());
        root.put("budgetYear", department.budgetYear().get());
        root.put("errors", count(findings, Severity.ERROR));
        root.put("warnings", count(findings, Severity.WARNING));
        root.put("infos", count(findings, Severity.INFO));
        ArrayNode list = root.putArray("findings");
        for (Finding finding : findings) {
            Location at = finding.location();
            ObjectNode node = list.addObject();
            node.put("rule", finding.rule());
            node.put("severity", finding.severity().name());
            node.put("section", at.section().name());
            node.put("unit", at.unitName());
            node.put("unitIndex", at.unitIndex());
            node.put("code", at.code());
            node.put("field", at.field());
            node.put("message", finding.message());
            node.put("messageEn", finding.messageEn());
            ArrayNode figures = node.putArray("figures");
            finding.figures().forEach(figures::add);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
