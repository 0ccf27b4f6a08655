package org.budgetdesk.export.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping as JSON, the file {@code import --mapping} reads and {@code import --print-mapping} writes:
 * <pre>
 * {"layout": "yitihua", "fingerprint": "…", "sheets": [
 *   {"sheet": "3.21部门一般公共预算支出功能分类预算表", "table": "generalBudget",
 *    "columns": {"科目编码/类": "codeClass", "科目名称": "name", "基本支出/人员经费": "personnel", "备注": ""}}]}
 * </pre>
 * A sheet whose {@code table} is null or "" is not read, nor a column whose field is "". Unknown fields, tables or
 * figures are refused with the place named.
 */
public final class MappingFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private MappingFile() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SheetJson(String sheet, String table, Map<String, String> columns) {
    }

    record MappingJson(String layout, String fingerprint, List<SheetJson> sheets) {
    }

    /** Reads a mapping file. */
    public static ImportMapping read(Path file) throws IOException {
        MappingJson json = JSON.readValue(file.toFile(), MappingJson.class);
        return fromJson(json);
    }

    /** Reads a mapping from JSON text. */
    public static ImportMapping parse(String text) throws IOException {
        return fromJson(JSON.readValue(text, MappingJson.class));
    }

    private static ImportMapping fromJson(MappingJson json) throws IOException {
        List<SheetMapping> sheets = new ArrayList<>();
        for (SheetJson sheet : json.sheets() == null ? List.<SheetJson>of() : json.sheets()) {
            if (sheet.table() == null || sheet.table().isEmpty()) {
                continue;
            }
            TableKind kind = TableKind.byId(sheet.table()).orElseThrow(() -> new IOException(sheet.sheet()
                    + ": unknown table “" + sheet.table() + "” (one of " + tableIds() + ")"));
            Map<String, String> columns = new LinkedHashMap<>();
            (sheet.columns() == null ? Map.<String, String>of() : sheet.columns()).forEach((path, field) -> {
                if (field != null && !field.isEmpty()) {
                    columns.put(path, field);
                }
            });
            try {
                sheets.add(new SheetMapping(sheet.sheet(), kind, columns));
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage() + " (figures: " + String.join(", ", kind.fields()) + ")", e);
            }
        }
        return new ImportMapping(json.layout(), json.fingerprint(), sheets);
    }

    /**
     * The mapping as JSON, with every sheet and column of the workbook: the ones not mapped with an empty table or
     * field, so that a person can fill them in.
     */
    public static String write(ImportMapping mapping, WorkbookLayout layout) {
        List<SheetJson> sheets = new ArrayList<>();
        layout.sheets().forEach((name, paths) -> {
            SheetMapping mapped = mapping == null ? null : mapping.sheets().stream()
                    .filter(sheet -> sheet.sheet().equals(name)).findFirst().orElse(null);
            Map<String, String> columns = new LinkedHashMap<>();
            for (String path : paths) {
                if (!path.isEmpty()) {
                    columns.put(path, mapped == null ? "" : mapped.columns().getOrDefault(path, ""));
                }
            }
            sheets.add(new SheetJson(name, mapped == null ? "" : mapped.table().id(), columns));
        });
        String layoutName = mapping == null ? "user" : mapping.layout();
        try {
            return JSON.writeValueAsString(new MappingJson(layoutName, layout.fingerprint(), sheets));
        } catch (IOException e) {
            throw new IllegalStateException("a mapping always converts to JSON", e);
        }
    }

    /** Only the mapped sheets and columns, as stored to be offered again. */
    static String writeMapped(ImportMapping mapping) {
        List<SheetJson> sheets = mapping.sheets().stream()
                .map(sheet -> new SheetJson(sheet.sheet(), sheet.table().id(), sheet.columns())).toList();
        try {
            return JSON.writeValueAsString(new MappingJson(mapping.layout(), mapping.fingerprint(), sheets));
        } catch (IOException e) {
            throw new IllegalStateException("a mapping always converts to JSON", e);
        }
    }

    private static String tableIds() {
        return String.join(", ", java.util.Arrays.stream(TableKind.values()).map(TableKind::id).toList());
    }
}
