package org.budgetdesk.ui.functional;

import java.util.List;
import javafx.scene.control.TreeItem;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Derived;
import org.budgetdesk.model.FunctionalGroup;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FunctionalSpending;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.common.CodePaths;
import org.budgetdesk.ui.common.CustomCodeDialog;
import org.budgetdesk.ui.common.CustomCodes;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.functional.FunctionalRow.Level;
import org.budgetdesk.undo.CompositeCommand;
import org.budgetdesk.undo.Edits;

/** The functional spending tab's logic: the 类/款/项 tree of the viewed unit, and adding and removing lines. */
public final class FunctionalViewModel {
    private final Document document;
    private final Messages messages;

    public FunctionalViewModel(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
    }

    /** The rows of a unit: the total first, then each 类 with its 款 and lines, all expanded. */
    public TreeItem<FunctionalRow> tree(Unit unit) {
        FunctionalSpending spending = unit.functional();
        Catalog catalog = document.catalog();
        FunctionalGroup total = spending.total();
        TreeItem<FunctionalRow> root = new TreeItem<>();
        root.getChildren().add(new TreeItem<>(new FunctionalRow(Level.TOTAL, "", messages.get("functional.total"),
                total, total, null, total.share())));
        for (FunctionalGroup classGroup : spending.classes().values()) {
            TreeItem<FunctionalRow> classItem = groupItem(Level.CLASS, classGroup, catalog);
            for (FunctionalGroup section : spending.sections().subMap(classGroup.code(), classGroup.code() + "~")
                    .values()) {
                TreeItem<FunctionalRow> sectionItem = groupItem(Level.SECTION, section, catalog);
                for (FunctionalLine line : sortedLines(spending, section.code())) {
                    sectionItem.getChildren().add(new TreeItem<>(new FunctionalRow(Level.LINE, line.itemCode(),
                            catalog.nameOf(CodeKind.FUNCTIONAL, line.itemCode()), line, line, line,
                            Derived.share(line.total(), total.total()))));
                }
                classItem.getChildren().add(sectionItem);
            }
            root.getChildren().add(classItem);
        }
        return root;
    }

    private static TreeItem<FunctionalRow> groupItem(Level level, FunctionalGroup group, Catalog catalog) {
        TreeItem<FunctionalRow> item = new TreeItem<>(new FunctionalRow(level, group.code(),
                catalog.nameOf(CodeKind.FUNCTIONAL, group.code()), group, group, null, group.share()));
        item.setExpanded(true);
        return item;
    }

    private static List<FunctionalLine> sortedLines(FunctionalSpending spending, String sectionCode) {
        return spending.lines().stream()
                .filter(line -> line.itemCode().startsWith(sectionCode))
                .sorted(java.util.Comparator.comparing(FunctionalLine::itemCode)
                        .thenComparing(FunctionalLine::source))
                .toList();
    }

    /** Catalog 项 entries for completion, by code prefix or any part of the name (or an older name). */
    public List<CatalogEntry> suggestions(String query) {
        return document.catalog().search(CodeKind.FUNCTIONAL, query.strip(), 400).stream()
                .filter(entry -> entry.level() == CodeLevel.ITEM)
                .limit(40)
                .toList();
    }

    /**
     * Adds a line for a 项 code (a 7-digit code, optionally followed by its name, as completion fills it in).
     * Returns null when added, or the message saying why not.
     */
    public String addLine(String text, FundingSource source) {
        String code = text.strip().split("\\s+")[0];
        if (!CodeLevel.isValid(CodeKind.FUNCTIONAL, code) || code.length() != 7) {
            return messages.format("functional.add.badCode", text.strip());
        }
        if (document.catalog().find(CodeKind.FUNCTIONAL, code).isEmpty()) {
            return messages.format("functional.add.unknownCode", code);
        }
        FunctionalSpending spending = document.viewedUnitProperty().get().functional();
        if (spending.find(code, source).isPresent()) {
            return messages.format("functional.add.duplicate", code, messages.of(source));
        }
        document.undoManager().execute(Edits.addFunctionalLine(spending, new FunctionalLine(code, source)));
        return null;
    }

    /** Adds a code the catalog lacks, with its name, and a line for it; one undo step. */
    public String addCustomLine(String code, String name, FundingSource source) {
        String trimmed = code.strip();
        if (!CodeLevel.isValid(CodeKind.FUNCTIONAL, trimmed) || trimmed.length() != 7) {
            return messages.format("functional.add.badCode", trimmed);
        }
        if (name.isBlank()) {
            return messages.get("functional.add.noName");
        }
        FunctionalSpending spending = document.viewedUnitProperty().get().functional();
        if (spending.find(trimmed, source).isPresent()) {
            return messages.format("functional.add.duplicate", trimmed, messages.of(source));
        }
        document.undoManager().execute(new CompositeCommand("edit.addLine", List.of(
                Edits.putCustomCode(document.department().customFunctionalCodes(), trimmed, name.strip()),
                Edits.addFunctionalLine(spending, new FunctionalLine(trimmed, source)))));
        return null;
    }

    /** The project's custom functional codes, for the custom-code dialog. */
    public CustomCodes customCodes() {
        return new CustomCodes(document, CodeKind.FUNCTIONAL, messages);
    }

    /** How the custom-code dialog adds a line for a 项, with this funding source. */
    public CustomCodeDialog.Lines lines(FundingSource source) {
        return new CustomCodeDialog.Lines() {
            @Override
            public String refuse(String code) {
                FunctionalSpending spending = document.viewedUnitProperty().get().functional();
                return spending.find(code, source).isPresent()
                        ? messages.format("functional.add.duplicate", code, messages.of(source)) : null;
            }

            @Override
            public org.budgetdesk.undo.Command add(String code) {
                return Edits.addFunctionalLine(document.viewedUnitProperty().get().functional(),
                        new FunctionalLine(code, source));
            }
        };
    }

    /** “项 · 208 社会保障和就业支出 › 20801 …”: what the code field shows under a suggestion. */
    public String describe(CatalogEntry entry) {
        return CodePaths.describe(document.catalog(), entry, messages);
    }

    /** Removes an entered line. */
    public void removeLine(FunctionalLine line) {
        FunctionalSpending spending = document.viewedUnitProperty().get().functional();
        document.undoManager().execute(Edits.removeFunctionalLine(spending, line));
    }
}
