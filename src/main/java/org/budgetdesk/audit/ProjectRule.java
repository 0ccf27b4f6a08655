package org.budgetdesk.audit;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdesk.check.Severity;

/**
 * With a project: every figure the text names in a way the project knows (the income and spending totals, 基本 /
 * 人员 / 公用 / 项目, the “三公”经费 and its parts, 机关运行经费, each 类, 款 and 项) must be the project's value as
 * printed, and so must its prior-year figure. A label that may mean all funding sources or the general public budget
 * alone is right when it is either. A figure labelled with another year is left to {@link YearRule}.
 */
final class ProjectRule implements AuditRule {
    private final ProjectFigures project;

    ProjectRule(ProjectFigures project) {
        this.project = project;
    }

    @Override
    public void check(AuditContext context) {
        ClassNames names = new ClassNames(project.budgetYear());
        for (Statement statement : context.parsed.statements()) {
            if (statement.year != 0 && statement.year != project.budgetYear()) {
                continue;
            }
            List<ProjectFigures.Value> values = values(context, names, statement);
            if (values.isEmpty()) {
                continue;
            }
            Interval stated = context.amount(statement.current);
            if (values.stream().noneMatch(value -> stated.contains(value.current()))) {
                context.add(FindingKind.PROJECT_FIGURE, "", Severity.ERROR, statement, statement.current,
                        statement.current.shown(), shown(values.get(0).current(), statement.current, context),
                        statement.label);
            }
            if (statement.prior != null && values.stream().allMatch(value -> value.prior() != null)) {
                Interval prior = context.amount(statement.prior);
                if (values.stream().noneMatch(value -> prior.contains(value.prior()))) {
                    context.add(FindingKind.PROJECT_FIGURE, "prior", Severity.ERROR, statement, statement.prior,
                            statement.prior.shown(), shown(values.get(0).prior(), statement.prior, context),
                            statement.label);
                }
            }
        }
    }

    private List<ProjectFigures.Value> values(AuditContext context, ClassNames names, Statement statement) {
        String label = statement.label;
        String className = names.classOf(statement);
        if (className != null) {
            String classKey = names.key(className);
            String item = between(label, "（款）", "（项）");
            if (item != null) {
                return project.item(classKey, item, 7);
            }
            String section = between(label, "（类）", "（款）");
            return section == null ? List.of() : project.item(classKey, section, 5);
        }
        if (names.isClassLabel(label)) {
            return project.functionalClass(names.key(label));
        }
        java.util.regex.Matcher scope = context.cues.budgetScope.matcher(label);
        if (scope.find() && !scope.group().equals("一般公共预算") && !scope.group().equals("财政拨款")) {
            return List.of(); // 政府性基金…: the project's figures here are of all funds, the general budget or 财政拨款
        }
        String concept = context.labels.concept(label);
        return concept == null ? List.of() : project.concept(concept);
    }

    private static String between(String label, String after, String before) {
        int end = label.indexOf(before);
        if (end < 0) {
            return null;
        }
        int start = Math.max(label.lastIndexOf(after, end), label.lastIndexOf("（类）", end));
        start = start < 0 ? 0 : start + 3;
        return label.substring(start, end);
    }

    private static String shown(BigDecimal yuan, Figure like, AuditContext context) {
        int scale = Math.max(like.scale(), context.precision.scale(like, like.unit()));
        return AuditContext.shown(yuan, like, scale);
    }
}
