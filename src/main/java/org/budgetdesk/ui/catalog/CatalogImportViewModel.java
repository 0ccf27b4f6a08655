package org.budgetdesk.ui.catalog;

import java.time.Instant;
import java.util.List;
import org.budgetdesk.catalog.CatalogLibrary;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.ImportedList;
import org.budgetdesk.catalog.ImportedLists;
import org.budgetdesk.catalog.importing.CodeListImport;
import org.budgetdesk.catalog.importing.ImportPreview;
import org.budgetdesk.catalog.importing.ImportSheet;
import org.budgetdesk.catalog.importing.NoCodesException;
import org.budgetdesk.export.catalog.ImportTexts;
import org.budgetdesk.i18n.Messages;

/**
 * An import being looked at before it is stored: the file's sheets (read off the UI thread), the classification
 * (or none: told by the codes) and the edition year the user chose, and the preview they give. Changing the kind or
 * the year reads the sheets again, in memory.
 */
public final class CatalogImportViewModel {
    private final String fileName;
    private final List<ImportSheet> sheets;
    private final Messages messages;
    private final ImportTexts texts;
    private CodeKind kind;
    private int year;
    private ImportPreview preview;
    private String error;

    /** Reads the sheets for a year, the kind told by the codes; call off the UI thread for a large file. */
    public CatalogImportViewModel(String fileName, List<ImportSheet> sheets, int year, Messages messages) {
        this.fileName = fileName;
        this.sheets = List.copyOf(sheets);
        this.messages = messages;
        this.texts = new ImportTexts(messages);
        this.year = year;
        update();
    }

    public String fileName() {
        return fileName;
    }

    /** The kind chosen, or null when the codes tell it. */
    public CodeKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    /** Reads the sheets again as a list of this kind (null: told by the codes). */
    public void setKind(CodeKind newKind) {
        kind = newKind;
        update();
    }

    /** Stores the list for another edition year (2000–2100); false when the year is not one. */
    public boolean setYear(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return false;
        }
        int value = Integer.parseInt(text.strip());
        if (value < 2000 || value > 2100) {
            return false;
        }
        year = value;
        update();
        return true;
    }

    /** The preview, or null when the file holds no code of the kind ({@link #error()} says what was tried). */
    public ImportPreview preview() {
        return preview;
    }

    /** Why there is no preview, or null. */
    public String error() {
        return error;
    }

    /** Where the codes were found and how many per level; empty without a preview. */
    public List<String> summary() {
        return preview == null ? List.of() : List.of(texts.source(preview), texts.counts(preview));
    }

    /** Each skipped row with its number and reason. */
    public List<String> skipped() {
        return preview == null ? List.of() : preview.skipped().stream().map(texts::skipped).toList();
    }

    /** Each code the shipped list names differently, and the codes with a parent in neither list. */
    public List<String> conflicts() {
        if (preview == null) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>(preview.conflicts().stream().map(texts::conflict).toList());
        if (!preview.orphans().isEmpty()) {
            lines.add(texts.orphans(preview));
        }
        return lines;
    }

    /** The heading over the skipped rows: “跳过12行：”. */
    public String skippedHeading() {
        return messages.format("catalog.import.skippedHeading", preview == null ? 0 : preview.skipped().size());
    }

    /** The heading over the conflicts. */
    public String conflictsHeading() {
        return messages.format("catalog.import.conflictsHeading", preview == null ? 0 : preview.conflicts().size());
    }

    /** Stores the previewed list. */
    public ImportedList store(ImportedLists lists, Instant when) {
        if (preview == null) {
            throw new IllegalStateException("nothing to store: " + error);
        }
        return preview.store(lists, when);
    }

    private void update() {
        try {
            preview = CodeListImport.preview(fileName, sheets, kind, year, CatalogLibrary.shipped().forYear(year));
            error = null;
        } catch (NoCodesException e) {
            preview = null;
            error = texts.noCodes(fileName, kind, e);
        }
    }
}
