package org.budgetdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.model.Ratio;
import org.budgetdesk.model.YearOnYear;

/**
 * The summary as JSON: amounts as decimal strings in 元 ("7630600.00"), rates and shares as percentage strings
 * with two decimals ("169.75", "-22.68"), {@code null} where there is no basis. The keys are listed in the README.
 */
final class SummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    static String render(Summary s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("department", s.department());
        root.put("budgetYear", s.budgetYear());
        ObjectNode income = root.putObject("income");
        income.set("total", compared(s.incomeTotal()));
        ArrayNode sources = income.putArray("sources");
        for (Summary.Source source : s.incomeSources()) {
            ObjectNode node = compared(source.figure());
            node.put("source", source.source().name());
            node.put("name", source.source().officialName());
            sources.add(node);
        }
        ObjectNode expenditure = root.putObject("expenditure");
        expenditure.put("total", amount(s.expenditureTotal()));
        expenditure.put("basic", amount(s.basic()));
        expenditure.put("personnel", amount(s.personnel()));
        expenditure.put("publicCosts", amount(s.publicCosts()));
        expenditure.put("project", amount(s.project()));
        ArrayNode classes = expenditure.putArray("classes");
        for (Summary.ClassShare share : s.classes()) {
            ObjectNode node = classes.addObject();
            node.put("code", share.code());
            node.put("name", share.name());
            node.put("amount", amount(share.amount()));
            node.put("share", percent(share.share()));
        }
        ObjectNode threePublic = root.putObject("threePublic");
        threePublic.set("total", compared(s.threePublicTotal()));
        for (Summary.Part part : s.threePublicParts()) {
            threePublic.set(part.key(), compared(part.figure()));
        }
        root.set("operatingCosts", compared(s.operatingCosts()));
        if (!s.added().isEmpty()) {
            ObjectNode figures = root.putObject("figures");
            for (Summary.Added added : s.added()) {
                ObjectNode node = compared(added.figure());
                node.put("name", added.schema().chinese());
                figures.set(added.schema().key(), node);
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** current, prior, change and rate; prior, change and rate are null when the prior is not published. */
    private static ObjectNode compared(YearOnYear figure) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("current", amount(figure.current()));
        node.put("prior", figure.isComparable() ? amount(figure.prior()) : null);
        node.put("change", figure.isComparable() ? amount(figure.change()) : null);
        node.put("rate", percent(figure.rate()));
        return node;
    }

    private static String amount(BigDecimal yuan) {
        return yuan.setScale(2).toPlainString();
    }

    private static String percent(Ratio ratio) {
        return Numbers.percent(ratio, 2).orElse(null);
    }
}
