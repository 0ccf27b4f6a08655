package org.budgetdesk.export.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.catalog.importing.ImportLayout;
import org.budgetdesk.catalog.importing.ImportPreview;
import org.budgetdesk.catalog.importing.NameConflict;
import org.budgetdesk.catalog.importing.NoCodesException;
import org.budgetdesk.catalog.importing.SkippedRow;
import org.budgetdesk.i18n.Messages;

/**
 * The words for an import, the same in the workbench's dialog and on the command line: what was found and where,
 * each skipped row with its reason, each name conflict, and why a file could not be used.
 */
public final class ImportTexts {
    private final Messages messages;

    public ImportTexts(Messages messages) {
        this.messages = messages;
    }

    /** The classification's name: 支出功能分类科目 / functional classification. */
    public String kind(CodeKind kind) {
        return messages.get("catalog.kind." + kind.name());
    }

    /** A level's name for a kind: 类, 款, 项 (economic: 类, 款). */
    public String level(CodeKind kind, CodeLevel level) {
        return messages.get("catalog.level." + kind.name() + "." + level.name());
    }

    /** “从 list.xlsx 读取2025年支出功能分类科目（按编码判断）：工作表“…”，编码在A列、名称在B列，自第5行起”. */
    public String source(ImportPreview preview) {
        ImportLayout layout = preview.layout();
        String where = messages.format("catalog.import.layout." + layout.kind().name(), layout.codeColumns(),
                layout.nameColumnName());
        return messages.format(preview.kindGuessed() ? "catalog.import.sourceGuessed" : "catalog.import.source",
                preview.fileName(), String.valueOf(preview.year()), kind(preview.kind()), preview.sheet(), where,
                String.valueOf(layout.firstRow()));
    }

    /** “类 29 个，款 180 个，项 1,020 个，共 1,229 个”. */
    public String counts(ImportPreview preview) {
        List<String> parts = new ArrayList<>();
        for (CodeLevel level : CodeLevel.values()) {
            if (level.appliesTo(preview.kind())) {
                parts.add(messages.format("catalog.import.countOf", level(preview.kind(), level),
                        preview.count(level)));
            }
        }
        return messages.format("catalog.import.counts", String.join(messages.get("catalog.import.separator"), parts),
                preview.entries().size());
    }

    /** One skipped row: “第9行：目级科目（9位）…：201010101 | 某目”. */
    public String skipped(SkippedRow row) {
        return messages.format("catalog.import.skippedRow", row.row(), messages.of(row.reason()), row.text());
    }

    /** One conflict: “208：自带“社会保障和就业支出”，导入“社会保障和就业””. */
    public String conflict(NameConflict conflict) {
        return messages.format("catalog.import.conflict", conflict.code(), conflict.shippedName(),
                conflict.importedName());
    }

    /** The codes whose parent is in neither list. */
    public String orphans(ImportPreview preview) {
        return messages.format("catalog.import.orphans", preview.orphans().size(),
                preview.orphans().stream().limit(20).collect(Collectors.joining(messages.get("catalog.import.separator"))));
    }

    /** One code as a list shows it: code, level, name. */
    public String entry(CatalogEntry entry) {
        return entry.code() + "  " + level(entry.kind(), entry.level()) + "  " + entry.name();
    }

    /** Why no code was found, naming the sheets, rows and columns tried. */
    public String noCodes(String fileName, CodeKind kind, NoCodesException e) {
        String tried = e.tried().stream()
                .map(t -> t.rows() == 0 || t.columns() == 0
                        ? messages.format("catalog.import.triedEmpty", t.sheet())
                        : messages.format("catalog.import.tried", t.sheet(), t.rows(),
                                "A–" + org.budgetdesk.catalog.importing.ImportSheet.columnName(t.columns() - 1)))
                .collect(Collectors.joining(messages.get("catalog.import.separator")));
        String message = messages.format("catalog.import.noCodes", fileName,
                kind == null ? messages.get("catalog.kind.any") : kind(kind), tried);
        return e.codesOfOtherKinds() == 0 ? message
                : message + messages.format("catalog.import.otherCodes", e.codesOfOtherKinds());
    }

    /** Why a file could not be read at all. */
    public String unreadable(CodeListFileException e) {
        return messages.format("catalog.file." + e.kind().name(), String.valueOf(e.file()));
    }
}
