package org.budgetdesk.io;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.budgetdesk.io.ProjectFileException.Kind;

/**
 * Checks that every value of the file records is present: each record component, list element and map value,
 * walked in file order. A value the file lacks, or gives as {@code null}, is reported at its JSON path.
 *
 * <p>Every field is required because the program always writes all of them: a missing one means a damaged or
 * hand-edited file, and silently reading it as zero would hide a lost figure.
 */
final class RequiredFields {
    private RequiredFields() {
    }

    static void check(Object value, String path, Path file) throws ProjectFileException {
        if (value == null) {
            throw ProjectFileException.at(Kind.MISSING_FIELD, file, path, "");
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                check(read(component, record), JsonPaths.field(path, component.getName()), file);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), JsonPaths.index(path, i), file);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                check(entry.getValue(), JsonPaths.field(path, String.valueOf(entry.getKey())), file);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
