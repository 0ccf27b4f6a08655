package org.budgetdesk.undo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.Comment;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.EconomicSpending;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FunctionalSpending;
import org.budgetdesk.model.PerformanceIndicator;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.PerformanceTargets;
import org.budgetdesk.model.Unit;

/**
 * The commands for every kind of model edit. Views and tools build their edits here and hand them to the
 * {@link UndoManager}; nothing else writes to the model. Descriptions are message keys ({@code edit.*}).
 */
public final class Edits {
    private Edits() {
    }

    /**
     * Sets an entered amount.
     *
     * @throws IllegalArgumentException when the amount is negative, has more than two decimals or is absurdly large
     */
    public static Command setAmount(ObjectProperty<BigDecimal> amount, BigDecimal value) {
        return new SetPropertyCommand<>(amount, Amounts.requireValid(value), "edit.amount");
    }

    /** Sets a prior-year amount, or marks it not published (未公开) with {@code null}. */
    public static Command setPriorAmount(ObjectProperty<BigDecimal> prior, BigDecimal valueOrNull) {
        return new SetPropertyCommand<>(prior, valueOrNull == null ? null : Amounts.requireValid(valueOrNull),
                valueOrNull == null ? "edit.notPublished" : "edit.amount");
    }

    public static Command setText(StringProperty text, String value) {
        return new SetPropertyCommand<>(text, value == null ? "" : value, "edit.text");
    }

    /** Sets a count such as a number of vehicles; counts cannot be negative. */
    public static Command setCount(IntegerProperty count, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative count " + value);
        }
        return new SetPropertyCommand<>(count.asObject(), value, "edit.count");
    }

    /** Sets any other property (department kind, comparison basis, year). */
    public static <T> Command set(Property<T> property, T value) {
        return new SetPropertyCommand<>(property, value, "edit.property");
    }

    /** Replaces a list of paragraphs (functions, key tasks). */
    public static Command replaceTexts(ObservableList<String> list, List<String> values) {
        List<String> before = List.copyOf(list);
        List<String> after = List.copyOf(values);
        return Command.of("edit.texts", () -> list.setAll(after), () -> list.setAll(before));
    }

    public static Command addFunctionalLine(FunctionalSpending spending, FunctionalLine line) {
        return Command.of("edit.addLine", () -> spending.add(line), () -> spending.remove(line));
    }

    public static Command removeFunctionalLine(FunctionalSpending spending, FunctionalLine line) {
        int[] index = new int[1];
        return Command.of("edit.removeLine", () -> index[0] = spending.remove(line),
                () -> spending.add(index[0], line));
    }

    public static Command addEconomicLine(EconomicSpending spending, EconomicLine line) {
        return Command.of("edit.addLine", () -> spending.add(line), () -> spending.remove(line));
    }

    public static Command removeEconomicLine(EconomicSpending spending, EconomicLine line) {
        int[] index = new int[1];
        return Command.of("edit.removeLine", () -> index[0] = spending.remove(line),
                () -> spending.add(index[0], line));
    }

    public static Command addProject(PerformanceTargets targets, PerformanceProject project) {
        return Command.of("edit.addProject", () -> targets.add(project), () -> targets.remove(project));
    }

    public static Command removeProject(PerformanceTargets targets, PerformanceProject project) {
        int[] index = new int[1];
        return Command.of("edit.removeProject", () -> index[0] = targets.remove(project),
                () -> targets.add(index[0], project));
    }

    /** Adds a subordinate unit at the end. */
    public static Command addUnit(Department department, Unit unit) {
        return Command.of("edit.addUnit", () -> department.units().add(unit),
                () -> department.units().remove(unit));
    }

    /**
     * Removes a subordinate unit with the comments on it; the comments on the units after it follow their units
     * (their unit index goes down by one). Undo brings back the unit and the very same comments. The department's
     * own unit (the first) cannot be removed.
     */
    public static Command removeUnit(Department department, Unit unit) {
        int index = department.units().indexOf(unit);
        if (index <= 0) {
            throw new IllegalArgumentException("only a subordinate unit can be removed");
        }
        List<Comment> before = List.copyOf(department.comments());
        List<Comment> after = new ArrayList<>();
        for (Comment comment : before) {
            int commented = comment.target().unitIndex();
            if (commented != index) {
                after.add(commented > index ? comment.onUnit(commented - 1) : comment);
            }
        }
        return Command.of("edit.removeUnit", () -> {
            department.units().remove(unit);
            department.comments().setAll(after);
        }, () -> {
            department.units().add(index, unit);
            department.comments().setAll(before);
        });
    }

    /** Adds or renames a custom code (code → name) in one of the department's custom code maps. */
    public static Command putCustomCode(ObservableMap<String, String> codes, String code, String name) {
        String before = codes.get(code);
        return Command.of("edit.customCode", () -> codes.put(code, name), () -> {
            if (before == null) {
                codes.remove(code);
            } else {
                codes.put(code, before);
            }
        });
    }

    /** Removes a custom code (code → name); undo puts it back with its name. */
    public static Command removeCustomCode(ObservableMap<String, String> codes, String code) {
        String before = codes.get(code);
        return Command.of("edit.customCode", () -> codes.remove(code), () -> {
            if (before != null) {
                codes.put(code, before);
            }
        });
    }

    /**
     * Counts an economic code as 人员经费 or 公用经费 in this project, against the national rule; {@code null} goes back
     * to the national rule. Every unit's totals follow.
     */
    public static Command setBasicCostCategory(Department department, String itemCode, BasicCostCategory category) {
        ObservableMap<String, BasicCostCategory> overrides = department.basicCostMapping().overrides();
        BasicCostCategory before = overrides.get(itemCode);
        boolean national = category == null || category == BasicCostCategory.ofEconomicCode(itemCode);
        return Command.of("edit.basicCostCategory", () -> put(overrides, itemCode, national ? null : category),
                () -> put(overrides, itemCode, before));
    }

    /**
     * Gives a section its own comparison basis (“三公” against last year's 决算, say); {@code null} makes it follow the
     * department's again.
     */
    public static Command setSectionComparisonBasis(Department department, DisclosureSection section,
                                                    ComparisonBasis basis) {
        ObservableMap<DisclosureSection, ComparisonBasis> bases = department.sectionComparisonBases();
        ComparisonBasis before = bases.get(section);
        return Command.of("edit.comparisonBasis", () -> put(bases, section, basis), () -> put(bases, section, before));
    }

    private static <K, V> void put(ObservableMap<K, V> map, K key, V valueOrNull) {
        if (valueOrNull == null) {
            map.remove(key);
        } else {
            map.put(key, valueOrNull);
        }
    }

    /** Adds a performance indicator at the end of a project's or a unit's indicators. */
    public static Command addIndicator(ObservableList<PerformanceIndicator> indicators, PerformanceIndicator indicator) {
        return Command.of("edit.addIndicator", () -> indicators.add(indicator), () -> indicators.remove(indicator));
    }

    /** Removes a performance indicator; undo puts it back where it was. */
    public static Command removeIndicator(ObservableList<PerformanceIndicator> indicators,
                                          PerformanceIndicator indicator) {
        int index = indicators.indexOf(indicator);
        if (index < 0) {
            throw new IllegalArgumentException("not one of these indicators");
        }
        return Command.of("edit.removeIndicator", () -> indicators.remove(indicator),
                () -> indicators.add(index, indicator));
    }

    /** Adds a review comment at the end of the department's comments. */
    public static Command addComment(Department department, Comment comment) {
        return Command.of("edit.addComment", () -> department.comments().add(comment),
                () -> department.comments().remove(comment));
    }

    /** Replaces the text of a review comment. */
    public static Command editComment(Comment comment, String text) {
        return new SetPropertyCommand<>(comment.text(), text == null ? "" : text, "edit.comment");
    }

    /** Marks a review comment as resolved, or as open again. */
    public static Command resolveComment(Comment comment, boolean resolved) {
        return new SetPropertyCommand<>(comment.resolved(), resolved, "edit.resolveComment");
    }

    /** Deletes a review comment; undo puts it back where it was. */
    public static Command deleteComment(Department department, Comment comment) {
        int[] index = new int[1];
        return Command.of("edit.deleteComment", () -> {
            index[0] = department.comments().indexOf(comment);
            if (index[0] < 0) {
                throw new IllegalArgumentException("not a comment of this department");
            }
            department.comments().remove(index[0]);
        }, () -> department.comments().add(index[0], comment));
    }
}
