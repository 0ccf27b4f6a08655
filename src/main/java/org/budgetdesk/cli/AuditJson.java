package org.budgetdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.budgetdesk.audit.AuditFinding;
import org.budgetdesk.audit.AuditReport;
import org.budgetdesk.check.Severity;
import org.budgetdesk.i18n.Messages;

/**
 * An audit as JSON: {@code file, budgetYear, paragraphs, statements, errors, infos, findings[]}, each finding
 * {@code kind, variant, severity, location {section, paragraph, line}, sentence, stated, expected, message,
 * messageEn}; {@code budgetYear} is null when the text names none.
 */
final class AuditJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AuditJson() {
    }

    static String render(String file, AuditReport report) {
        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        Messages english = Messages.forLocale(Locale.ENGLISH);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        if (report.budgetYear() > 0) {
            root.put("budgetYear", report.budgetYear());
        } else {
            root.putNull("budgetYear");
        }
        root.put("paragraphs", report.paragraphs());
        root.put("statements", report.statements());
        root.put("errors", report.count(Severity.ERROR));
        root.put("infos", report.count(Severity.INFO));
        ArrayNode list = root.putArray("findings");
        for (AuditFinding finding : report.findings()) {
            ObjectNode node = list.addObject();
            node.put("kind", finding.kind().name());
            node.put("variant", finding.variant());
            node.put("severity", finding.severity().name());
            ObjectNode location = node.putObject("location");
            location.put("section", finding.location().section());
            location.put("paragraph", finding.location().paragraph());
            location.put("line", finding.location().line());
            node.put("sentence", finding.sentence());
            node.put("stated", finding.stated());
            node.put("expected", finding.expected());
            node.put("message", finding.message(chinese));
            node.put("messageEn", finding.message(english));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
