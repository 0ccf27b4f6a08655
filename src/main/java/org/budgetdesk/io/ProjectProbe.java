package org.budgetdesk.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;

/**
 * One streaming pass over a project file before anything is built: it finds every syntax error the tree parser
 * would (with the same line and column), and reads the two top-level members that decide how the file is bound —
 * {@code formatVersion}, and whether {@code codeNames} is there — keeping nothing else. A current file can then be
 * bound straight from the stream, without the whole text or a JSON tree in memory.
 *
 * @param root        the kind of the root value (an object for any project file)
 * @param version     the {@code formatVersion} value as a small tree, or null when absent
 * @param hasCodeNames whether the root object has {@code codeNames}
 */
record ProjectProbe(JsonToken root, JsonNode version, boolean hasCodeNames) {
    /** Reads one member's value; the members after it are not trailing tokens. */
    private static final ObjectReader VALUE =
            ProjectJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads the whole input; throws what the tree parser would throw for a file that is not one JSON value. */
    static ProjectProbe of(InputStream in) throws IOException {
        try (JsonParser parser = ProjectJson.mapper().createParser(in)) {
            JsonToken root = parser.nextToken();
            if (root == null) {
                return new ProjectProbe(null, null, false);
            }
            JsonNode version = null;
            boolean hasCodeNames = false;
            if (root == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (name.equals("formatVersion")) {
                        version = VALUE.readTree(parser);
                    } else {
                        hasCodeNames |= name.equals("codeNames");
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw MismatchedInputException.from(parser, JsonNode.class,
                        "Trailing token (of type " + trailing + ") found after value");
            }
            return new ProjectProbe(root, version, hasCodeNames);
        }
    }

    /** Whether the file can be bound as it streams: a current-version object with every member of the version. */
    boolean bindsDirectly() {
        return root == JsonToken.START_OBJECT && version != null && version.isInt()
                && version.intValue() == ProjectDto.CURRENT_VERSION && hasCodeNames;
    }
}
