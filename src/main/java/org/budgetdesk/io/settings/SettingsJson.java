package org.budgetdesk.io.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.settings.Settings.WindowBounds;

/**
 * {@code settings.json}: one JSON object, format version 1. Reading is forgiving field by field: a missing,
 * mistyped or unknown value takes its default and the other values are kept. Only content that is not a JSON
 * object at all counts as corrupt.
 */
final class SettingsJson {
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private SettingsJson() {
    }

    /** Thrown for content that is not a JSON object. */
    static final class CorruptException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static byte[] write(Settings settings) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        WindowBounds window = settings.window();
        if (window == null) {
            root.putNull("window");
        } else {
            root.putObject("window").put("x", window.x()).put("y", window.y())
                    .put("width", window.width()).put("height", window.height());
        }
        root.put("maximized", settings.maximized());
        ArrayNode recent = root.putArray("recentFiles");
        settings.recentFiles().forEach(file -> recent.add(file.toString()));
        root.put("language", settings.language());
        root.put("displayUnit", settings.displayUnit().name());
        root.put("lastFolder", settings.lastFolder() == null ? null : settings.lastFolder().toString());
        ObjectNode export = root.putObject("exportChoices");
        new java.util.TreeMap<>(settings.exportChoices()).forEach(export::put);
        try {
            return (WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values cannot fail to serialise", e);
        }
    }

    static Settings read(byte[] bytes) throws CorruptException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new CorruptException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CorruptException("not a JSON object", null);
        }
        return new Settings(window(root.get("window")), root.path("maximized").asBoolean(false),
                paths(root.get("recentFiles")), text(root.get("language")), unit(root.get("displayUnit")),
                path(root.get("lastFolder")), texts(root.get("exportChoices")));
    }

    /** The text fields of an object; anything else is left out. */
    private static java.util.Map<String, String> texts(JsonNode node) {
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual()) {
                    texts.put(field.getKey(), field.getValue().asText());
                }
            });
        }
        return texts;
    }

    private static WindowBounds window(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String field : List.of("x", "y", "width", "height")) {
            if (!node.path(field).isNumber()) {
                return null;
            }
        }
        return new WindowBounds(node.get("x").asDouble(), node.get("y").asDouble(),
                node.get("width").asDouble(), node.get("height").asDouble());
    }

    private static List<Path> paths(JsonNode node) {
        List<Path> paths = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode item : node) {
                Path path = path(item);
                if (path != null) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    /** An absolute path, or null: a relative one would depend on the folder the program started in. */
    private static Path path(JsonNode node) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Path path = Path.of(text);
            return path.isAbsolute() ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static DisplayUnit unit(JsonNode node) {
        String text = text(node);
        for (DisplayUnit unit : DisplayUnit.values()) {
            if (unit.name().equals(text)) {
                return unit;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
