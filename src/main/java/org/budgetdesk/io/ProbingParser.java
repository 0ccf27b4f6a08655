package org.budgetdesk.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;

/**
 * A parser that notes, while a binding reads through it, what {@link ProjectProbe} decides on: the kind of the root
 * value, whether the root object has {@code codeNames}, and its {@code formatVersion} when that is a plain int (the
 * only version that binds directly; any other is left out, which is enough to say "not directly"). So one pass can
 * bind a current file and show that it was one, where the probe needs a pass of its own.
 */
final class ProbingParser extends JsonParserDelegate {
    private JsonToken root;
    private JsonNode version;
    private boolean hasCodeNames;

    ProbingParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (root == null) {
            root = token;
        } else if (token != null && atTopLevel(delegate.getParsingContext())) {
            if (token == JsonToken.FIELD_NAME) {
                hasCodeNames |= delegate.currentName().equals("codeNames");
            } else if (delegate.currentName().equals("formatVersion") && token == JsonToken.VALUE_NUMBER_INT
                    && delegate.getNumberType() == NumberType.INT) {
                version = IntNode.valueOf(delegate.getIntValue());
            }
        }
        return token;
    }

    /** As {@link JsonParser#nextValue()}, through {@link #nextToken()} (the delegate's would pass it by). */
    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** What the probe would have found, as far as binding directly goes ({@link ProjectProbe#bindsDirectly()}). */
    ProjectProbe probe() {
        return new ProjectProbe(root, version, hasCodeNames);
    }

    /** Whether a token in this context is a member name or a scalar member value of the root object. */
    private static boolean atTopLevel(JsonStreamContext context) {
        return context.inObject() && context.getParent() != null && context.getParent().inRoot();
    }
}
