package org.budgetdesk.io;

import com.fasterxml.jackson.core.JsonParser;
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
    /** How many objects and arrays are open: 1 inside the root object. Kept by counting, as the binding reads. */
    private int depth;

    ProbingParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            return null;
        }
        if (root == null) {
            root = token;
        }
        switch (token) {
            case START_OBJECT, START_ARRAY -> depth++;
            case END_OBJECT, END_ARRAY -> depth--;
            case FIELD_NAME -> hasCodeNames |= depth == 1 && delegate.currentName().equals("codeNames");
            case VALUE_NUMBER_INT -> {
                if (depth == 1 && "formatVersion".equals(delegate.currentName())
                        && delegate.getNumberType() == NumberType.INT) {
                    version = IntNode.valueOf(delegate.getIntValue());
                }
            }
            default -> { }
        }
        return token;
    }

    /** As {@link JsonParser#nextValue()}, through {@link #nextToken()} (the delegate's would pass it by). */
    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** Skips what the delegate skips; the object or array skipped is closed. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = delegate.currentToken();
        delegate.skipChildren();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            depth--;
        }
        return this;
    }

    /**
     * What the probe would have found, as far as binding directly goes ({@link ProjectProbe#bindsDirectly()}), once
     * the input is read to its end; a file not read to its end, or with its objects not all closed, binds nowhere.
     */
    ProjectProbe probe() throws IOException {
        boolean whole = depth == 0 && nextToken() == null;
        return whole ? new ProjectProbe(root, version, hasCodeNames) : new ProjectProbe(null, null, false);
    }
}
