package org.budgetdesk.ui.economic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TreeItem;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Amounts;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.ComparedTotal;
import org.budgetdesk.model.AmountSum;
import org.budgetdesk.model.Derived;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.EconomicSpending;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.AmountInput;
import org.budgetdesk.ui.common.CodePaths;
import org.budgetdesk.ui.common.CustomCodeDialog;
import org.budgetdesk.ui.common.CustomCodes;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.economic.EconomicRow.Level;
import org.budgetdesk.undo.Command;
import org.budgetdesk.undo.CompositeCommand;
import org.budgetdesk.undo.Edits;

/**
 * The economic classification tab's logic: the tree of a unit's basic expenditure by economic class and 款, adding
 * and removing 款 lines, and the agreement of its 人员经费 and 公用经费 with the functional spending (check X7).
 */
public final class EconomicViewModel {
    private static final int ITEM_LENGTH = CodeLevel.ITEM.length(CodeKind.ECONOMIC);
    private final Document document;
    private final Messages messages;

    public EconomicViewModel(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
    }

    /** The rows of a unit: 合计, 人员经费, 公用经费, then each class with its lines by code, all expanded. */
    public TreeItem<EconomicRow> tree(Unit unit) {
        EconomicSpending spending = unit.economic();
        Catalog catalog = document.catalog();
        ObservableValue<BigDecimal> whole = spending.total().current();
        TreeItem<EconomicRow> root = new TreeItem<>();
        root.getChildren().add(derivedItem(Level.TOTAL, "", messages.get("economic.total"), null,
                spending.total(), whole, projectOf(spending, line -> true)));
        root.getChildren().add(derivedItem(Level.CATEGORY, "", messages.of(BasicCostCategory.PERSONNEL), null,
                spending.personnel(), whole,
                projectOf(spending, line -> spending.categoryOf(line.itemCode()) == BasicCostCategory.PERSONNEL)));
        root.getChildren().add(derivedItem(Level.CATEGORY, "", messages.of(BasicCostCategory.PUBLIC), null,
                spending.publicCosts(), whole,
                projectOf(spending, line -> spending.categoryOf(line.itemCode()) == BasicCostCategory.PUBLIC)));
        for (Map.Entry<String, ComparedTotal> entry : spending.classes().entrySet()) {
            String classCode = entry.getKey();
            TreeItem<EconomicRow> classItem = derivedItem(Level.CLASS, classCode,
                    catalog.nameOf(CodeKind.ECONOMIC, classCode), BasicCostCategory.ofEconomicCode(classCode),
                    entry.getValue(), whole, projectOf(spending, line -> line.classCode().equals(classCode)));
            spending.lines().stream()
                    .filter(line -> line.classCode().equals(classCode))
                    .sorted(Comparator.comparing(EconomicLine::itemCode))
                    .forEach(line -> classItem.getChildren().add(new TreeItem<>(new EconomicRow(Level.LINE,
                            line.itemCode(), catalog.nameOf(CodeKind.ECONOMIC, line.itemCode()),
                            spending.categoryOf(line.itemCode()),
                            line, line, Derived.share(line.current(), whole), line.project(),
                            AmountSum.of("line total", line.current(), line.project())))));
            root.getChildren().add(classItem);
        }
        return root;
    }

    /**
     * The 项目支出 of the lines a row covers. Built with the tree, which is rebuilt whenever lines come or go, so
     * only the lines' figures need following.
     */
    private static AmountSum projectOf(EconomicSpending spending, java.util.function.Predicate<EconomicLine> covered) {
        AmountSum sum = new AmountSum("project of the covered lines");
        spending.lines().stream().filter(covered).forEach(line -> sum.add(line.project()));
        return sum;
    }

    private static TreeItem<EconomicRow> derivedItem(Level level, String code, String name,
                                                     BasicCostCategory category, ComparedTotal figures,
                                                     ObservableValue<BigDecimal> whole, AmountSum project) {
        TreeItem<EconomicRow> item = new TreeItem<>(new EconomicRow(level, code, name, category, figures, null,
                Derived.share(figures.current(), whole), project,
                AmountSum.of("row total", figures.current(), project)));
        item.setExpanded(true);
        return item;
    }

    /** Catalog 款 entries for completion, by code prefix or any part of the name (or an older name). */
    public List<CatalogEntry> suggestions(String query) {
        return document.catalog().search(CodeKind.ECONOMIC, query.strip(), 400).stream()
                .filter(entry -> entry.level() == CodeLevel.ITEM)
                .limit(40)
                .toList();
    }

    /** “款 · 302 商品和服务支出”: what the code field shows under a suggestion. */
    public String describe(CatalogEntry entry) {
        return CodePaths.describe(document.catalog(), entry, messages);
    }

    /** The project's custom economic codes, for the custom-code dialog. */
    public CustomCodes customCodes() {
        return new CustomCodes(document, CodeKind.ECONOMIC, messages);
    }

    /** How the custom-code dialog adds a line for a 款 of the viewed unit. */
    public CustomCodeDialog.Lines lines() {
        return new CustomCodeDialog.Lines() {
            @Override
            public String refuse(String code) {
                if (document.readOnlyProperty().get()) {
                    return messages.get("economic.readOnly");
                }
                return document.viewedUnitProperty().get().economic().find(code).isPresent()
                        ? messages.format("economic.add.duplicate", code) : null;
            }

            @Override
            public org.budgetdesk.undo.Command add(String code) {
                return Edits.addEconomicLine(document.viewedUnitProperty().get().economic(), new EconomicLine(code));
            }
        };
    }

    /**
     * Adds a line for a 款, given by its 5-digit code (optionally followed by its name, as completion fills it in)
     * or by its name alone. Returns null when added, or the message saying why not.
     */
    public String addLine(String text) {
        String typed = text == null ? "" : text.strip();
        if (document.readOnlyProperty().get()) {
            return messages.get("economic.readOnly");
        }
        if (typed.isEmpty()) {
            return messages.get("economic.add.empty");
        }
        String first = typed.split("\\s+")[0];
        String code;
        if (first.chars().allMatch(Character::isDigit)) {
            if (first.length() != ITEM_LENGTH) {
                return messages.format("economic.add.badCode", first);
            }
            if (document.catalog().find(CodeKind.ECONOMIC, first).isEmpty()) {
                return messages.format("economic.add.unknownCode", first);
            }
            code = first;
        } else {
            List<String> codes = document.catalog().findAllByName(CodeKind.ECONOMIC, typed).stream()
                    .filter(entry -> entry.level() == CodeLevel.ITEM)
                    .map(CatalogEntry::code)
                    .toList();
            if (codes.isEmpty()) {
                return messages.format("economic.add.unknownName", typed);
            }
            if (codes.size() > 1) {
                return messages.format("economic.add.ambiguousName", typed, String.join(", ", codes));
            }
            code = codes.get(0);
        }
        EconomicSpending spending = document.viewedUnitProperty().get().economic();
        if (spending.find(code).isPresent()) {
            return messages.format("economic.add.duplicate", code);
        }
        document.undoManager().execute(Edits.addEconomicLine(spending, new EconomicLine(code)));
        return null;
    }

    /** Adds a code the catalog lacks, with its name, and a line for it, as one undo step; or says why not. */
    public String addCustomLine(String code, String name) {
        String trimmed = code == null ? "" : code.strip();
        if (document.readOnlyProperty().get()) {
            return messages.get("economic.readOnly");
        }
        if (trimmed.length() != ITEM_LENGTH || !CodeLevel.isValid(CodeKind.ECONOMIC, trimmed)) {
            return messages.format("economic.add.badCode", trimmed);
        }
        if (name == null || name.isBlank()) {
            return messages.get("economic.add.noName");
        }
        Optional<CatalogEntry> known = document.catalog().find(CodeKind.ECONOMIC, trimmed);
        if (known.isPresent() && !known.get().custom()) {
            return messages.format("economic.addCustom.official", trimmed, known.get().name());
        }
        EconomicSpending spending = document.viewedUnitProperty().get().economic();
        if (spending.find(trimmed).isPresent()) {
            return messages.format("economic.add.duplicate", trimmed);
        }
        document.undoManager().execute(new CompositeCommand("edit.addLine", List.of(
                Edits.putCustomCode(document.department().customEconomicCodes(), trimmed, name.strip()),
                Edits.addEconomicLine(spending, new EconomicLine(trimmed)))));
        return null;
    }

    /** Removes an entered line of the viewed unit; returns null when removed, or why not. */
    public String removeLine(EconomicLine line) {
        if (document.readOnlyProperty().get()) {
            return messages.get("economic.readOnly");
        }
        if (line == null) {
            return messages.get("economic.remove.nothing");
        }
        EconomicSpending spending = document.viewedUnitProperty().get().economic();
        document.undoManager().execute(Edits.removeEconomicLine(spending, line));
        return null;
    }

    /**
     * Counts a line's code the other way in this project (人员经费 ↔ 公用经费), for every unit: some regions count a
     * code differently from the national rule. Returns what it now counts as, or why nothing changed.
     */
    public String switchCategory(EconomicLine line) {
        if (document.readOnlyProperty().get()) {
            return messages.get("economic.readOnly");
        }
        if (line == null) {
            return messages.get("economic.switchCategory.nothing");
        }
        String code = line.itemCode();
        BasicCostCategory now = document.viewedUnitProperty().get().economic().categoryOf(code);
        BasicCostCategory other = now == BasicCostCategory.PERSONNEL ? BasicCostCategory.PUBLIC
                : BasicCostCategory.PERSONNEL;
        document.undoManager().execute(Edits.setBasicCostCategory(document.department(), code, other));
        BasicCostCategory national = BasicCostCategory.ofEconomicCode(code);
        String label = code + " " + document.catalog().nameOf(CodeKind.ECONOMIC, code);
        return other == national ? messages.format("economic.switchCategory.national", label, messages.of(other))
                : messages.format("economic.switchCategory.done", label, messages.of(other), messages.of(national));
    }

    /** “30299 其他商品和服务支出”: a line's code and name in the year's catalog. */
    public String label(EconomicLine line) {
        return line.itemCode() + " " + document.catalog().nameOf(CodeKind.ECONOMIC, line.itemCode());
    }

    /** The unit amounts are typed and shown in. */
    public DisplayUnit displayUnit() {
        return document.displayUnitProperty().get();
    }

    /**
     * Sets what the funds other than 一般公共预算 pay of a line, typed in the display unit (blank is zero), as one
     * undoable edit; 一般公共预算 pays the rest. Returns why nothing changed, or null.
     */
    public String setFunds(EconomicLine line, Map<Fund, String> typed) {
        if (document.readOnlyProperty().get()) {
            return messages.get("economic.readOnly");
        }
        if (line == null) {
            return messages.get("economic.funds.nothing");
        }
        List<Command> commands = new ArrayList<>();
        BigDecimal others = Amounts.ZERO;
        for (Map.Entry<Fund, String> entry : typed.entrySet()) {
            AmountInput.Result result = AmountInput.parse(entry.getValue(), document.displayUnitProperty().get());
            if (!result.isValid()) {
                return messages.format("input.error." + result.error().name(), entry.getValue().strip());
            }
            others = others.add(result.yuan());
            if (result.yuan().compareTo(line.entered(entry.getKey()).get()) != 0) {
                commands.add(Edits.setAmount(line.entered(entry.getKey()), result.yuan()));
            }
        }
        if (others.compareTo(line.current().get()) > 0) {
            DisplayUnit unit = document.displayUnitProperty().get();
            return messages.format("economic.funds.tooMuch", Numbers.fixed(others, unit),
                    Numbers.fixed(line.current().get(), unit));
        }
        if (!commands.isEmpty()) {
            document.undoManager().execute(new CompositeCommand("edit.funds", commands));
        }
        return null;
    }

    /**
     * Whether a unit's 人员经费 and 公用经费 here equal those of its functional spending (check X7), live: "agrees",
     * or the difference of each category that does not, in the display unit.
     */
    public StringBinding agreement(Unit unit) {
        EconomicSpending economic = unit.economic();
        var functional = unit.functional().total();
        return Bindings.createStringBinding(() -> {
            List<String> differences = new ArrayList<>();
            difference(BasicCostCategory.PERSONNEL, economic.personnel().current().getValue(),
                    functional.personnel().getValue()).ifPresent(differences::add);
            difference(BasicCostCategory.PUBLIC, economic.publicCosts().current().getValue(),
                    functional.publicCosts().getValue()).ifPresent(differences::add);
            if (differences.isEmpty()) {
                return messages.get("economic.check.agrees");
            }
            return differences.size() == 1 ? differences.get(0)
                    : messages.format("economic.check.both", differences.get(0), differences.get(1));
        }, economic.personnel().current(), economic.publicCosts().current(), functional.personnel(),
                functional.publicCosts(), document.displayUnitProperty());
    }

    private Optional<String> difference(BasicCostCategory category, BigDecimal here, BigDecimal functional) {
        BigDecimal economicAmount = Amounts.orZero(here);
        BigDecimal functionalAmount = Amounts.orZero(functional);
        BigDecimal gap = economicAmount.subtract(functionalAmount).abs();
        if (gap.signum() == 0) {
            return Optional.empty();
        }
        DisplayUnit unit = document.displayUnitProperty().get();
        // A gap of a few 元 rounds to 0.00 万元; state it in 元 rather than claim a difference of nothing.
        DisplayUnit gapUnit = unit.fromYuan(gap).signum() == 0 ? DisplayUnit.YUAN : unit;
        return Optional.of(messages.format("economic.check.differs", messages.of(category),
                Numbers.grouped(gap, gapUnit), messages.get("economic.check.unit." + gapUnit.name()),
                Numbers.grouped(economicAmount, gapUnit), Numbers.grouped(functionalAmount, gapUnit)));
    }
}
