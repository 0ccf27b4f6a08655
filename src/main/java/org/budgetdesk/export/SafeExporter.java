package org.budgetdesk.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetdesk.export.common.ExportOptions;
import org.budgetdesk.export.common.Exporter;
import org.budgetdesk.export.common.ExportWarning;
import org.budgetdesk.export.common.WritableText;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.model.Department;

/**
 * The boundary between the budget and the office writers: when a text of the department holds characters no office
 * file can hold ({@link WritableText}), the writer gets a copy with them replaced, and
 * {@link #replacedCharacters()} says how many, and {@link #warnings()} in which fields (their place in the project
 * file, {@code units[0].texts.functions[2]}), with the writer's own warnings after them. Every text is reached
 * without naming any: every text the project file would hold is looked at in the file's records, without writing
 * them ({@link ProjectFiles#eachText}), and only when one needs cleaning is the copy made through the file's JSON,
 * whose string values (and keys) are cleaned. A clean department — nearly every one — is passed on as it is, without its
 * file's text or tree in memory (tens of MB for 1,000 units).
 */
final class SafeExporter implements Exporter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Exporter writer;
    private int replaced;
    private final List<ExportWarning> replacedIn = new ArrayList<>();

    SafeExporter(Exporter writer) {
        this.writer = writer;
    }

    @Override
    public void export(Department department, Path output, ExportOptions options) throws IOException {
        ProjectFiles files = new ProjectFiles();
        int[] unwritable = {0};
        files.eachText(department, text -> unwritable[0] += WritableText.countUnwritable(text));
        replacedIn.clear();
        if (unwritable[0] == 0) {
            replaced = 0;
            writer.export(department, output, options);
            return;
        }
        byte[] bytes = files.toBytes(department);
        JsonNode tree = MAPPER.readTree(bytes);
        replaced = clean(tree, "", replacedIn);
        Department clean = department;
        if (replaced > 0) {
            try {
                clean = files.fromBytes(MAPPER.writeValueAsBytes(tree), output);
            } catch (ProjectFileException e) {
                throw new IllegalStateException("a cleaned copy of a valid project failed to load", e);
            }
        }
        writer.export(clean, output, options);
    }

    @Override
    public int replacedCharacters() {
        return replaced;
    }

    @Override
    public List<ExportWarning> warnings() {
        List<ExportWarning> all = new ArrayList<>(replacedIn);
        all.addAll(writer.warnings());
        return List.copyOf(all);
    }

    /**
     * Cleans every string value and key below {@code node} (at {@code path}) in place, noting each field it changed;
     * returns how many characters it replaced.
     */
    private static int clean(JsonNode node, String path, List<ExportWarning> fields) {
        int count = 0;
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            object.fields().forEachRemaining(members::add);
            for (Map.Entry<String, JsonNode> field : members) {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                count += clean(field.getValue(), at, fields);
                int inKey = WritableText.countUnwritable(field.getKey());
                if (field.getValue().isTextual()) {
                    count += note(field.getValue().textValue(), WritableText.clean(at), fields);
                    object.set(field.getKey(), TextNode.valueOf(WritableText.clean(field.getValue().textValue())));
                }
                if (inKey > 0) {
                    object.set(WritableText.clean(field.getKey()), object.remove(field.getKey()));
                    fields.add(new ExportWarning(ExportWarning.Kind.REPLACED_CHARACTERS, WritableText.clean(at), inKey));
                    count += inKey;
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                count += clean(array.get(i), at, fields);
                if (array.get(i).isTextual()) {
                    count += note(array.get(i).textValue(), WritableText.clean(at), fields);
                    array.set(i, TextNode.valueOf(WritableText.clean(array.get(i).textValue())));
                }
            }
        }
        return count;
    }

    /** Notes a text with unwritable characters at {@code path}; returns how many it has. */
    private static int note(String text, String path, List<ExportWarning> fields) {
        int count = WritableText.countUnwritable(text);
        if (count > 0) {
            fields.add(new ExportWarning(ExportWarning.Kind.REPLACED_CHARACTERS, path, count));
        }
        return count;
    }
}
