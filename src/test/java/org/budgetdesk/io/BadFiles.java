package org.budgetdesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Damaged variants of the sample project file, made by editing its JSON tree. */
final class BadFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BadFiles() {
    }

    /** The sample file's JSON tree. */
    static ObjectNode sampleTree() {
        try {
            return (ObjectNode) MAPPER.readTree(new ProjectFiles().toBytes(SampleProjects.rich()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample file with one edit applied. */
    static byte[] edited(Consumer<ObjectNode> edit) {
        ObjectNode tree = sampleTree();
        edit.accept(tree);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object at a path of field names and indexes, e.g. {@code at(tree, "units", 0, "functional", 3)}. */
    static ObjectNode at(JsonNode tree, Object... steps) {
        JsonNode node = tree;
        for (Object step : steps) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return (ObjectNode) node;
    }
}
