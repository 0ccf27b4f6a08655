package org.budgetdesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.budgetdesk.model.FundingSource;

/**
 * The funding sources of a format-2 file in format 3. Format 2 had one 上年结转 ({@code CARRY_OVER}); format 3
 * splits it into 财政拨款结转 by appropriation and 非财政拨款结转, and adds 财政专户管理资金收入, 上级补助收入 and
 * 附属单位上缴收入. An old 上年结转 says nothing of where the money came from, and the old tables counted it outside
 * 财政拨款, so it becomes {@link FundingSource#NON_FISCAL_CARRY_OVER}: every table and total keeps its figures. The
 * new sources are added with zero.
 */
final class FormatTwoSources {
    static final String OLD_CARRY_OVER = "CARRY_OVER";
    private static final Pattern OLD_IN_KEY = Pattern.compile("\\bCARRY_OVER\\b");

    private FormatTwoSources() {
    }

    static void migrate(ObjectNode tree) {
        for (JsonNode unit : tree.path("units")) {
            if (unit instanceof ObjectNode) {
                renameSources(unit.path("functional"));
                migrateIncome(unit.path("income"));
            }
        }
        for (JsonNode comment : tree.path("comments")) {
            if (comment instanceof ObjectNode object && object.path("key").isTextual()) {
                object.put("key", OLD_IN_KEY.matcher(object.path("key").asText())
                        .replaceAll(FundingSource.NON_FISCAL_CARRY_OVER.name()));
            }
        }
    }

    private static void renameSources(JsonNode lines) {
        for (JsonNode line : lines) {
            if (line instanceof ObjectNode object && OLD_CARRY_OVER.equals(object.path("source").asText(null))) {
                object.put("source", FundingSource.NON_FISCAL_CARRY_OVER.name());
            }
        }
    }

    /** Renames the old carry-over and puts every source in table order, the new ones with zero. */
    private static void migrateIncome(JsonNode income) {
        if (!(income instanceof ArrayNode entries)) {
            return; // the reader reports the wrong type
        }
        renameSources(entries);
        Map<String, JsonNode> bySource = new HashMap<>();
        ArrayNode others = entries.arrayNode();
        for (JsonNode entry : entries) {
            String source = entry.path("source").asText(null);
            if (source == null || bySource.putIfAbsent(source, entry) != null) {
                others.add(entry); // unreadable or a duplicate: kept for the reader to report
            }
        }
        entries.removeAll();
        for (FundingSource source : FundingSource.values()) {
            JsonNode entry = bySource.remove(source.name());
            entries.add(entry != null ? entry : zero(entries, source));
        }
        bySource.values().forEach(entries::add);
        entries.addAll(others);
    }

    private static ObjectNode zero(ArrayNode entries, FundingSource source) {
        ObjectNode entry = entries.objectNode();
        entry.put("source", source.name());
        entry.put("current", "0.00");
        entry.put("prior", "0.00");
        entry.put("reason", "");
        return entry;
    }
}
