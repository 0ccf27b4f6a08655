package org.budgetdesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetdesk.model.Fund;

/**
 * The {@code funds} of economic lines came within format 3: a line saved without them is paid by 一般公共预算 alone,
 * as every line was before, so each fund other than 一般公共预算 pays zero. A line that has them is left as it is.
 */
final class EconomicLineFunds {
    private EconomicLineFunds() {
    }

    static void migrate(ObjectNode tree) {
        for (JsonNode unit : tree.path("units")) {
            for (JsonNode line : unit.path("economic")) {
                if (line instanceof ObjectNode economicLine && !economicLine.has("funds")) {
                    ObjectNode funds = economicLine.putObject("funds");
                    for (Fund fund : Fund.values()) {
                        if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                            funds.put(fund.name(), "0.00");
                        }
                    }
                }
            }
        }
    }
}
