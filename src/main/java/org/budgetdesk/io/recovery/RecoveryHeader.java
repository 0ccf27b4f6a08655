package org.budgetdesk.io.recovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.budgetdesk.io.ProjectDto;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFileException.Kind;

/**
 * The first line of a recovery file: one line of JSON saying what the project bytes after it are.
 * {@code {"recoveryFormat":1,"originalPath":"/home/li/预算.budget","sessionId":"…","savedAt":"2026-11-27T08:30:00Z",
 * "projectFormat":1,"host":"PC-0231","pid":4711}}. {@code originalPath} is {@code null} for a project never saved;
 * {@code host} and {@code pid} name the process that wrote it, so that another running BudgetDesk's files are
 * not mistaken for a crash's.
 */
record RecoveryHeader(Path originalPath, String sessionId, Instant savedAt, String host, long pid) {
    /** The version of this layout. */
    static final int FORMAT_VERSION = 1;
    /** Where error messages place a problem in the header. */
    static final String PLACE = "header";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The header line, with its final {@code '\n'}. */
    byte[] toBytes() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("recoveryFormat", FORMAT_VERSION);
        node.put("originalPath", originalPath == null ? null : originalPath.toString());
        node.put("sessionId", sessionId);
        node.put("savedAt", savedAt.toString());
        node.put("projectFormat", ProjectDto.CURRENT_VERSION);
        node.put("host", host);
        node.put("pid", pid);
        try {
            return (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values cannot fail to serialise", e);
        }
    }

    /** Reads a header line (without its {@code '\n'}); {@code file} names the recovery file in errors. */
    static RecoveryHeader parse(byte[] line, Path file) throws ProjectFileException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (IOException e) {
            throw problem(Kind.NOT_JSON, file, "", "", e);
        }
        if (node == null || !node.isObject()) {
            throw problem(Kind.WRONG_TYPE, file, "", node == null ? "" : node.getNodeType().toString(), null);
        }
        JsonNode version = required(node, "recoveryFormat", file);
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw problem(Kind.WRONG_TYPE, file, ".recoveryFormat", version.toString(), null);
        }
        if (version.intValue() > FORMAT_VERSION) {
            throw ProjectFileException.of(Kind.NEWER_VERSION, file, PLACE + ".recoveryFormat",
                    String.valueOf(version.intValue()), String.valueOf(FORMAT_VERSION), null);
        }
        String sessionId = text(required(node, "sessionId", file), "sessionId", file);
        String savedAtText = text(required(node, "savedAt", file), "savedAt", file);
        Instant savedAt;
        try {
            savedAt = Instant.parse(savedAtText);
        } catch (DateTimeParseException e) {
            throw problem(Kind.WRONG_TYPE, file, ".savedAt", savedAtText, e);
        }
        return new RecoveryHeader(originalPath(node, file), sessionId, savedAt, node.path("host").asText(""),
                node.path("pid").canConvertToLong() ? node.path("pid").asLong(-1) : -1);
    }

    private static Path originalPath(JsonNode node, Path file) throws ProjectFileException {
        JsonNode value = node.get("originalPath");
        if (value == null) {
            throw problem(Kind.MISSING_FIELD, file, ".originalPath", "", null);
        }
        if (value.isNull()) {
            return null;
        }
        String text = text(value, "originalPath", file);
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw problem(Kind.WRONG_TYPE, file, ".originalPath", text, e);
        }
    }

    private static JsonNode required(JsonNode node, String field, Path file) throws ProjectFileException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw problem(Kind.MISSING_FIELD, file, "." + field, "", null);
        }
        return value;
    }

    private static String text(JsonNode value, String field, Path file) throws ProjectFileException {
        if (!value.isTextual()) {
            throw problem(Kind.WRONG_TYPE, file, "." + field, value.toString(), null);
        }
        return value.textValue();
    }

    static ProjectFileException problem(Kind kind, Path file, String field, String found, Throwable cause) {
        return ProjectFileException.of(kind, file, PLACE + field, found, "", cause);
    }
}
