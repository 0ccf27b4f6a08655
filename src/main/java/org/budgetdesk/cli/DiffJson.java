package org.budgetdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.budgetdesk.compare.Comparison;
import org.budgetdesk.compare.Difference;
import org.budgetdesk.compare.PlaceLabels;
import org.budgetdesk.i18n.Messages;

/**
 * The differences as JSON: {@code {before, after, equal, count, differences[]}}, each difference
 * {@code {section, unit, unitName, key, subject, label, change, kind, before, after, delta}}; amounts are strings in
 * 元 with two decimals, {@code null} where a side has no value or (delta) for text.
 */
final class DiffJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffJson() {
    }

    static String render(Comparison comparison, String before, String after, Messages messages) {
        PlaceLabels labels = new PlaceLabels(messages);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("before", before);
        root.put("after", after);
        root.put("equal", comparison.isEmpty());
        root.put("count", comparison.size());
        ArrayNode list = root.putArray("differences");
        for (Difference difference : comparison.differences()) {
            ObjectNode node = list.addObject();
            node.put("section", difference.section().name());
            node.put("unit", difference.place().unitIndex());
            node.put("unitName", difference.unitName());
            node.put("key", difference.place().key());
            node.put("subject", difference.subject());
            node.put("label", labels.describe(difference));
            node.put("change", difference.change().name());
            node.put("kind", difference.kind().name());
            node.put("before", difference.before());
            node.put("after", difference.after());
            BigDecimal delta = difference.delta();
            node.put("delta", delta == null ? null : delta.toPlainString());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
