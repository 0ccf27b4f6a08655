package org.budgetdesk.io;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.budgetdesk.io.ProjectFileException.Kind;

/**
 * Checks that every value of the file records is present: each record component, list element and map value,
 * walked in file order. A value the file lacks, or gives as {@code null}, is reported at its JSON path.
 *
 * <p>Every field is required because the program always writes all of them: a missing one means a damaged or
 * hand-edited file, and silently reading it as zero would hide a lost figure.
 *
 * <p>The walk keeps the steps from the root (a field name or a list index) and spells the path only for a missing
 * value; the record components are looked up once per record class. A large project has tens of thousands of
 * values, so both matter to the load time.
 */
final class RequiredFields {
    private final Path file;
    private final Deque<Object> steps = new ArrayDeque<>();

    private RequiredFields(Path file) {
        this.file = file;
    }

    static void check(Object value, Path file) throws ProjectFileException {
        new RequiredFields(file).walk(value);
    }

    private void walk(Object value) throws ProjectFileException {
        if (value == null) {
            throw ProjectFileException.at(Kind.MISSING_FIELD, file, path(), "");
        }
        if (value instanceof Record record) {
            for (RecordComponent component : FileRecords.components(record.getClass())) {
                walk(component.getName(), FileRecords.read(component, record));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(i, list.get(i));
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(String.valueOf(entry.getKey()), entry.getValue());
            }
        }
    }

    /** Walks a value one step (a field name or a list index) below the current one. */
    private void walk(Object step, Object value) throws ProjectFileException {
        steps.addLast(step);
        walk(value);
        steps.removeLast();
    }

    private String path() {
        String path = JsonPaths.ROOT;
        for (Object step : steps) {
            path = step instanceof Integer index ? JsonPaths.index(path, index) : JsonPaths.field(path, (String) step);
        }
        return path;
    }
}
