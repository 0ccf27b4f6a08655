package org.budgetdesk.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetdesk.model.AddedFigures;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;

/**
 * Every entered field of a department as {@code name=value} lines, read through the model's API only (its single
 * figures through the figure schema, which a model test holds to the built-in fields), so that round-trip tests
 * compare the model itself and not the io package's view of it.
 */
final class ModelDump {
    private final List<String> lines = new ArrayList<>();

    private ModelDump() {
    }

    static List<String> of(Department department) {
        ModelDump dump = new ModelDump();
        dump.department(department);
        return dump.lines;
    }

    private void department(Department d) {
        put("name", d.name().get());
        put("parentDepartment", d.parentDepartment().get());
        put("budgetYear", d.budgetYear().get());
        put("kind", d.kind().get());
        put("comparisonBasis", d.comparisonBasis().get());
        put("sectionComparisonBases", new TreeMap<>(d.sectionComparisonBases()));
        put("basicCostOverrides", new TreeMap<>(d.basicCostMapping().overrides()));
        put("note", d.note().get());
        put("customFunctionalCodes", new TreeMap<>(d.customFunctionalCodes()));
        put("customEconomicCodes", new TreeMap<>(d.customEconomicCodes()));
        put("units", d.units().size());
        for (int i = 0; i < d.units().size(); i++) {
            unit("units[" + i + "].", d.units().get(i));
        }
        for (Comment comment : d.comments()) {
            put("comment", List.of(comment.target().toString(), comment.author().get(),
                    comment.time().get().toString(), comment.text().get(), comment.resolved().get()));
        }
        put("consolidated.functional.total", d.consolidated().functional().total().total().get());
        put("consolidated.income.total", d.consolidated().income().total().current().get());
    }

    private void unit(String p, Unit u) {
        put(p + "name", u.name().get());
        for (FunctionalLine line : u.functional().lines()) {
            String q = p + "functional[" + line.itemCode() + "/" + line.source() + "].";
            put(q + "personnel", line.personnel().get());
            put(q + "publicCosts", line.publicCosts().get());
            put(q + "project", line.project().get());
            put(q + "prior", line.prior().get());
            put(q + "purpose", line.purpose().get());
        }
        for (EconomicLine line : u.economic().lines()) {
            put(p + "economic[" + line.itemCode() + "].current", line.current().get());
            put(p + "economic[" + line.itemCode() + "].prior", line.prior().get());
            put(p + "economic[" + line.itemCode() + "].project", line.project().get());
            for (Fund fund : Fund.values()) {
                put(p + "economic[" + line.itemCode() + "].share." + fund, line.share(fund));
            }
        }
        for (Figure figure : FigureSchema.current().figures()) {
            String q = p + figure.key();
            switch (figure.kind()) {
                case COMPARED -> compared(q, figure.compared(u));
                case AMOUNT -> put(q, figure.amount(u).get());
                case COUNT -> put(q, figure.count(u).get());
                case TEXT -> put(q, figure.text(u).get());
            }
        }
        undeclared(p, u.added());
        for (PerformanceProject project : u.performance().projects()) {
            put(p + "project", List.of(project.name().get(), project.functionalCode().get(),
                    project.amount().get().toPlainString(), project.goals().get()));
            put(p + "project.indicators", indicators(project.indicators()));
        }
        put(p + "overallIndicators", indicators(u.performance().overallIndicators()));
        put(p + "functions", u.texts().functions());
        put(p + "keyTasks", u.texts().keyTasks());
        put(p + "functional.total", u.functional().total().total().get());
        put(p + "economic.total", u.economic().total().current().get());
    }

    /** The figures a file held that the schema does not declare (kept so that saving loses nothing). */
    private void undeclared(String p, AddedFigures added) {
        FigureSchema schema = FigureSchema.current();
        new TreeMap<>(added.comparedByKey()).forEach((key, amount) -> {
            if (schema.figure(key) == null) {
                compared(p + "undeclared." + key, amount);
            }
        });
        new TreeMap<>(added.amountsByKey()).forEach((key, amount) -> {
            if (schema.figure(key) == null) {
                put(p + "undeclared." + key, amount.get());
            }
        });
        new TreeMap<>(added.countsByKey()).forEach((key, count) -> {
            if (schema.figure(key) == null) {
                put(p + "undeclared." + key, count.get());
            }
        });
        new TreeMap<>(added.textsByKey()).forEach((key, text) -> {
            if (schema.figure(key) == null) {
                put(p + "undeclared." + key, text.get());
            }
        });
    }

    private void compared(String p, ComparedAmount amount) {
        put(p + ".current", amount.current().get());
        put(p + ".prior", amount.prior().get());
        put(p + ".reason", amount.reason().get());
    }

    private void put(String name, Object value) {
        String text = value instanceof java.math.BigDecimal amount ? amount.toPlainString()
                : value instanceof Map<?, ?> || value instanceof List<?> ? value.toString() : String.valueOf(value);
        lines.add(name + "=" + text);
    }

    private static List<List<String>> indicators(List<org.budgetdesk.model.PerformanceIndicator> indicators) {
        return indicators.stream().map(indicator -> List.of(indicator.level1().get(), indicator.level2().get(),
                indicator.level3().get(), indicator.value().get())).toList();
    }
}
