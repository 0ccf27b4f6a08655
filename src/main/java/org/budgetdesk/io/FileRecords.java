package org.budgetdesk.io;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The project file's records ({@link ProjectDto} and below) read by reflection: their components, looked up once per
 * record class, their values, and every string they hold. Walking the records costs far less than writing them as
 * JSON: no serializers to build, nothing written.
 */
final class FileRecords {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private FileRecords() {
    }

    /** The components of a record class, in declaration order. */
    static RecordComponent[] components(Class<?> recordClass) {
        return COMPONENTS.get(recordClass);
    }

    /** The value of one component of a record. */
    static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /**
     * Passes every string below {@code value} to {@code visitor}: record components, list elements, map keys and
     * values. The rest of a file is numbers, enum names and field names, which need no look.
     */
    static void eachString(Object value, Consumer<String> visitor) {
        if (value instanceof String text) {
            visitor.accept(text);
        } else if (value instanceof Record record) {
            for (RecordComponent component : components(record.getClass())) {
                eachString(read(component, record), visitor);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(element -> eachString(element, visitor));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                eachString(key, visitor);
                eachString(element, visitor);
            });
        }
    }
}
