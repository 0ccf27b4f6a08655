package org.budgetdesk.catalog.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.catalog.CodeSource;

/**
 * Reads a classification list from the cells of a file's sheets: finds the sheet and columns with the codes
 * ({@link SheetLayouts}), takes each row's code and name, and says about every other row why it was left. A
 * functional list takes codes starting with 2 of 3, 5 or 7 digits, an economic list codes starting with 3 of 3 or 5;
 * when no kind is given, the one with more codes in the file is taken.
 */
public final class CodeListImport {
    private static final int TEXT_LIMIT = 60;

    private CodeListImport() {
    }

    /**
     * The preview of a file's list.
     *
     * @param fileName the file's name, for the preview and messages
     * @param kind     the classification, or null to take the one the codes show
     * @param year     the edition year
     * @param shipped  the shipped catalog of that year, to find the codes it names differently
     * @throws NoCodesException when no sheet holds a code of the classification
     */
    public static ImportPreview preview(String fileName, List<ImportSheet> sheets, CodeKind kind, int year,
                                        Catalog shipped) {
        Objects.requireNonNull(sheets, "sheets");
        ImportPreview best = null;
        int otherCodes = 0;
        for (ImportSheet sheet : sheets) {
            Optional<ImportLayout> layout = SheetLayouts.find(sheet);
            if (layout.isEmpty()) {
                continue;
            }
            List<CodeKind> kinds = kind != null ? List.of(kind) : List.of(CodeKind.FUNCTIONAL, CodeKind.ECONOMIC);
            for (CodeKind candidate : kinds) {
                ImportPreview preview = read(fileName, sheet, layout.get(), candidate, kind == null, year, shipped);
                if (best == null || preview.entries().size() > best.entries().size()) {
                    best = preview;
                }
                otherCodes = Math.max(otherCodes, (int) preview.skipped().stream()
                        .filter(row -> !row.code().isEmpty()).count());
            }
        }
        if (best == null || best.entries().isEmpty()) {
            throw new NoCodesException(fileName, sheets.stream()
                    .map(sheet -> new NoCodesException.Tried(sheet.name(), sheet.rows().size(), sheet.columns()))
                    .toList(), otherCodes);
        }
        return best;
    }

    private static ImportPreview read(String fileName, ImportSheet sheet, ImportLayout layout, CodeKind kind,
                                      boolean guessed, int year, Catalog shipped) {
        Map<String, CatalogEntry> taken = new LinkedHashMap<>();
        Map<String, Integer> rowOfCode = new LinkedHashMap<>();
        List<SkippedRow> skipped = new ArrayList<>();
        RowReader reader = new RowReader(sheet, layout);
        for (int row = 0; row < sheet.rows().size(); row++) {
            int number = row + 1;
            RowReader.Read read = reader.read(row);
            String text = text(sheet.rows().get(row));
            if (read == null) {
                if (!text.isEmpty()) {
                    skipped.add(new SkippedRow(sheet.name(), number,
                            number < layout.firstRow() ? SkipReason.HEADER : SkipReason.NO_CODE, text, ""));
                }
                continue;
            }
            SkipReason reason = check(kind, read.code(), read.name());
            if (reason == null && taken.containsKey(read.code())) {
                reason = Catalog.sameName(taken.get(read.code()).name(), read.name())
                        ? SkipReason.DUPLICATE : SkipReason.DUPLICATE_OTHER_NAME;
            }
            if (reason != null) {
                skipped.add(new SkippedRow(sheet.name(), number, reason, text, read.code()));
                continue;
            }
            taken.put(read.code(), new CatalogEntry(read.code(), read.name(), List.of(), kind, CodeSource.IMPORTED));
            rowOfCode.put(read.code(), number);
        }
        List<NameConflict> conflicts = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        for (CatalogEntry entry : taken.values()) {
            shipped.find(kind, entry.code())
                    .filter(old -> !Catalog.sameName(old.name(), entry.name()))
                    .ifPresent(old -> conflicts.add(new NameConflict(entry.code(), old.name(), entry.name())));
            Optional<String> parent = entry.parentCode();
            if (parent.isPresent() && !taken.containsKey(parent.get()) && shipped.find(kind, parent.get()).isEmpty()) {
                orphans.add(entry.code());
            }
        }
        return new ImportPreview(fileName, kind, guessed, year, sheet.name(), layout, List.copyOf(taken.values()),
                skipped, conflicts, orphans);
    }

    /** Why a code cannot be taken into a list of this kind, or null when it can. */
    private static SkipReason check(CodeKind kind, String code, String name) {
        char wanted = kind == CodeKind.FUNCTIONAL ? '2' : '3';
        if (code.charAt(0) != wanted) {
            return SkipReason.OTHER_CLASSIFICATION;
        }
        if (code.length() == 9 && kind == CodeKind.FUNCTIONAL) {
            return SkipReason.SUB_ITEM;
        }
        if (!CodeLevel.isValid(kind, code)) {
            return SkipReason.BAD_LENGTH;
        }
        return name.isEmpty() ? SkipReason.NO_NAME : null;
    }

    /** The non-empty cells of a row joined with " | ", shortened. */
    private static String text(List<String> cells) {
        String joined = cells.stream().map(CellToken::clean).filter(cell -> !cell.isEmpty())
                .collect(Collectors.joining(" | "));
        return joined.length() <= TEXT_LIMIT ? joined : joined.substring(0, TEXT_LIMIT - 1) + "…";
    }

    /** Reads the code and name of each row, carrying 类 and 款 down to rows that give only their own digits. */
    private static final class RowReader {
        record Read(String code, String name) {
        }

        private final ImportSheet sheet;
        private final ImportLayout layout;
        private final Set<Integer> sectionColumns = new HashSet<>();
        private String currentClass = "";
        private String currentSection = "";

        RowReader(ImportSheet sheet, ImportLayout layout) {
            this.sheet = sheet;
            this.layout = layout;
            boolean seenSegments = false;
            for (int column = layout.firstColumn(); column <= layout.lastColumn(); column++) {
                if (!seenSegments && hasSegments(column)) {
                    sectionColumns.add(column);
                    seenSegments = true;
                }
            }
        }

        private boolean hasSegments(int column) {
            for (int row = 0; row < sheet.rows().size(); row++) {
                if (CellToken.of(sheet.cell(row, column)).isSegment()) {
                    return true;
                }
            }
            return false;
        }

        /** The row's code and name, or null when its code columns hold none. */
        Read read(int row) {
            String code = null;
            String name = "";
            for (int column = layout.firstColumn(); column <= layout.lastColumn(); column++) {
                CellToken token = CellToken.of(sheet.cell(row, column));
                if (token.isCode()) {
                    code = token.digits();
                    name = token.rest();
                    remember(code);
                } else if (token.isSegment()) {
                    String digits = token.digits().length() == 1 ? "0" + token.digits() : token.digits();
                    boolean section = sectionColumns.contains(column);
                    String base = section ? currentClass : currentSection;
                    if (base.length() == (section ? 3 : 5)) {
                        code = base + digits;
                        name = "";
                        remember(code);
                    }
                }
            }
            if (code == null) {
                return null;
            }
            if (name.isEmpty()) {
                name = name(row);
            }
            return new Read(code, name);
        }

        private void remember(String code) {
            if (code.length() == 3) {
                currentClass = code;
                currentSection = "";
            } else if (code.length() == 5) {
                currentClass = code.substring(0, 3);
                currentSection = code;
            }
        }

        /** The name column's text, or else the first text right of the codes. */
        private String name(int row) {
            if (layout.nameColumn() >= 0) {
                CellToken token = CellToken.of(sheet.cell(row, layout.nameColumn()));
                if (token.isText()) {
                    return token.rest();
                }
            }
            List<String> cells = sheet.rows().get(row);
            for (int column = layout.lastColumn() + 1; column < cells.size(); column++) {
                CellToken token = CellToken.of(cells.get(column));
                if (token.isText()) {
                    return token.rest();
                }
            }
            return "";
        }
    }
}
