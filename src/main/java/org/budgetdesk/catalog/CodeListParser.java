package org.budgetdesk.catalog;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one code list file: columns {@code code}, {@code name}, {@code aliases} (older names separated by
 * {@code |}, may be empty) and {@code note} (what the edition says about the code, may be left out). Every code
 * must have a valid shape and appear once; in a shipped list every code also has its parent code in the same
 * file (an imported list may lack a parent: the official attachment sometimes does).
 */
final class CodeListParser {

    private static final List<String> HEADER = List.of("code", "name", "aliases", "note");

    private CodeListParser() {
    }

    /**
     * Parses a shipped code list: every parent must be in the file.
     *
     * @throws CatalogException naming the file and line of the first problem
     */
    static List<CatalogEntry> parse(Reader source, String fileName, CodeKind kind) {
        return parse(source, fileName, kind, CodeSource.SHIPPED, true);
    }

    /**
     * Parses a code list whose entries get {@code codeSource}; {@code requireParents} refuses a code whose parent
     * is not in the file.
     *
     * @throws CatalogException naming the file and line of the first problem
     */
    static List<CatalogEntry> parse(Reader source, String fileName, CodeKind kind, CodeSource codeSource,
                                    boolean requireParents) {
        List<CatalogEntry> entries = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        for (TsvReader.Row row : TsvReader.read(source, fileName, HEADER, 2)) {
            CatalogEntry entry = toEntry(row, fileName, kind, codeSource);
            Integer earlier = lineOfCode.putIfAbsent(entry.code(), row.line());
            if (earlier != null) {
                throw new CatalogException(fileName, row.line(),
                        "code " + entry.code() + " appears twice (first on line " + earlier + ")");
            }
            entries.add(entry);
        }
        if (requireParents) {
            for (CatalogEntry entry : entries) {
                Optional<String> parent = entry.parentCode();
                if (parent.isPresent() && !lineOfCode.containsKey(parent.get())) {
                    throw new CatalogException(fileName, lineOfCode.get(entry.code()),
                            "code " + entry.code() + " has no parent " + parent.get() + " in the file");
                }
            }
        }
        return List.copyOf(entries);
    }

    private static CatalogEntry toEntry(TsvReader.Row row, String fileName, CodeKind kind, CodeSource source) {
        List<String> fields = row.fields();
        String code = fields.get(0);
        String name = fields.get(1);
        try {
            CodeLevel.of(kind, code);
        } catch (IllegalArgumentException e) {
            throw new CatalogException(fileName, row.line(), e.getMessage());
        }
        if (name.isEmpty()) {
            throw new CatalogException(fileName, row.line(), "code " + code + " has no name");
        }
        List<String> aliases = fields.size() > 2 ? splitAliases(fields.get(2), name) : List.of();
        String note = fields.size() > 3 ? fields.get(3) : "";
        return new CatalogEntry(code, name, aliases, kind, source, note);
    }

    private static List<String> splitAliases(String column, String name) {
        return Arrays.stream(column.split("\\|"))
                .map(String::strip)
                .filter(alias -> !alias.isEmpty() && !alias.equals(name))
                .distinct()
                .toList();
    }
}
