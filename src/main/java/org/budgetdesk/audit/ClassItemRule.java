package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdesk.check.Severity;

/**
 * A functional 类 stated with its amount (一般公共预算当年拨款结构: 社会保障和就业支出690.58万元) against the 项 (or 款)
 * the same section lists under it (社会保障和就业支出（类）…（项）：2021年预算数为388.15万元). The 项 of all 类 must add up
 * to the 类 listed, or the 项 list is taken to be incomplete and only 项 above their 类 are slips. As with any total,
 * a residue that exact values could explain is information, unless the text says so.
 */
final class ClassItemRule implements AuditRule {
    private final ClassNames names;

    ClassItemRule(ClassNames names) {
        this.names = names;
    }

    @Override
    public void check(AuditContext context) {
        Map<String, List<Statement>> bySection = new LinkedHashMap<>();
        for (Statement statement : context.parsed.statements()) {
            bySection.computeIfAbsent(RoundingNotes.topSection(statement.paragraph()), k -> new ArrayList<>())
                    .add(statement);
        }
        for (List<Statement> section : bySection.values()) {
            check(context, section);
        }
    }

    private void check(AuditContext context, List<Statement> section) {
        Map<String, List<Statement>> items = new LinkedHashMap<>();
        boolean anyItem = section.stream().anyMatch(statement -> statement.label.contains("（项）"));
        for (Statement statement : section) {
            String className = names.classOf(statement);
            boolean isItem = anyItem ? statement.label.contains("（项）") : statement.label.contains("（款）");
            if (className != null && isItem) {
                items.computeIfAbsent(names.key(className), k -> new ArrayList<>()).add(statement);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        Map<String, Statement> classes = new LinkedHashMap<>();
        for (Statement statement : section) {
            if (names.isClassLabel(statement.label)) {
                String key = names.key(statement.label);
                if (classes.containsKey(key) && classes.get(key).current.base().compareTo(
                        statement.current.base()) != 0) {
                    return; // the section states one 类 twice with two amounts: which one the 项 belong to is unclear
                }
                classes.putIfAbsent(key, statement);
            }
        }
        if (!classes.keySet().containsAll(items.keySet())) {
            return;
        }
        List<Statement> allItems = items.values().stream().flatMap(List::stream).toList();
        Interval itemTotal = AuditContext.sum(context, allItems);
        Interval classTotal = AuditContext.sum(context, new ArrayList<>(classes.values()));
        boolean complete = itemTotal.intersects(classTotal);
        for (Map.Entry<String, Statement> entry : classes.entrySet()) {
            List<Statement> own = items.getOrDefault(entry.getKey(), List.of());
            if (own.isEmpty()) {
                continue;
            }
            compare(context, entry.getValue(), own, complete);
        }
    }

    private void compare(AuditContext context, Statement classStatement, List<Statement> own, boolean complete) {
        Interval sum = AuditContext.sum(context, own);
        Interval stated = context.amount(classStatement.current);
        BigDecimal printedSum = AuditContext.printedSum(own);
        BigDecimal printed = classStatement.current.base();
        boolean over = sum.above(stated);
        boolean under = sum.below(stated);
        int scale = AuditContext.maxScale(own.stream().map(item -> item.current).toList());
        String expected = AuditContext.shown(printedSum, classStatement.current, scale);
        String count = String.valueOf(own.size());
        String itemsAt = String.valueOf(own.get(0).paragraph().number());
        // a 项 left out of the list would leave a gap of its whole amount; one or two units of the last digit is a slip
        int classScale = context.precision.scale(classStatement.current, classStatement.current.unit());
        BigDecimal twoUnits = BigDecimal.valueOf(2, classScale).multiply(classStatement.current.factor());
        complete |= printed.subtract(printedSum).abs().compareTo(twoUnits) <= 0;
        if (over || under && complete) {
            context.add(FindingKind.PARTS_TOTAL, "items", Severity.ERROR, classStatement, classStatement.current,
                    classStatement.current.shown(), expected, classStatement.label, count, itemsAt);
        } else if (!over && !under && printedSum.compareTo(printed) != 0
                && (complete || printedSum.compareTo(printed) > 0)
                && !context.parsed.notes().covers(classStatement.paragraph())
                && !context.parsed.notes().covers(own.get(0).paragraph())) {
            context.add(FindingKind.PARTS_TOTAL, "itemsResidue", Severity.INFO, classStatement,
                    classStatement.current, classStatement.current.shown(), expected, classStatement.label, count,
                    itemsAt);
        }
    }
}
