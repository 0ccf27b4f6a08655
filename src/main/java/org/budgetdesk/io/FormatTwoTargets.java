package org.budgetdesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Performance targets of a format-2 file in format 3: format 3 added indicator rows to each project and the unit's
 * overall targets (部门整体支出绩效目标); a format-2 file had neither, so both start empty. Its goals text is kept.
 */
final class FormatTwoTargets {
    private FormatTwoTargets() {
    }

    static void migrate(ObjectNode tree) {
        for (JsonNode unit : tree.path("units")) {
            if (unit instanceof ObjectNode object) {
                object.putObject("overallTargets").put("goals", "").putArray("indicators");
                for (JsonNode project : object.path("projects")) {
                    if (project instanceof ObjectNode projectObject) {
                        projectObject.putArray("indicators");
                    }
                }
            }
        }
    }
}
