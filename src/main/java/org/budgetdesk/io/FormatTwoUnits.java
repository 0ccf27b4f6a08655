package org.budgetdesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What format 3 added inside each unit, for a format-2 file: project expenditure by economic 款 (format 2 classified
 * basic spending only, so it is zero), indicator rows of each project and the unit's overall targets
 * (部门整体支出绩效目标), which start empty. Everything the file has is kept.
 */
final class FormatTwoUnits {
    private FormatTwoUnits() {
    }

    static void migrate(ObjectNode tree) {
        for (JsonNode unit : tree.path("units")) {
            if (unit instanceof ObjectNode object) {
                for (JsonNode line : object.path("economic")) {
                    if (line instanceof ObjectNode economicLine) {
                        economicLine.put("project", "0.00"); // format 2 classified basic spending only
                    }
                }
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
