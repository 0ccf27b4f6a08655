package org.budgetdesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetdesk.model.Fund;

/**
 * “三公”经费 of a format-2 file in format 3. Format 2 had no funding source on “三公” and its tables counted it all as
 * 一般公共预算; format 3 enters what the other funds pay, so they are added with zero and 一般公共预算 keeps it all.
 */
final class FormatTwoThreePublic {
    private static final String[] PARTS = {"overseasTravel", "reception", "vehiclePurchase", "vehicleOperation"};

    private FormatTwoThreePublic() {
    }

    static void migrate(ObjectNode tree) {
        for (JsonNode unit : tree.path("units")) {
            if (unit.path("threePublic") instanceof ObjectNode threePublic) {
                ObjectNode funds = threePublic.putObject("funds");
                for (Fund fund : Fund.values()) {
                    if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                        ObjectNode share = funds.putObject(fund.name());
                        for (String part : PARTS) {
                            share.putObject(part).put("current", "0.00").put("prior", "0.00");
                        }
                    }
                }
            }
        }
    }
}
