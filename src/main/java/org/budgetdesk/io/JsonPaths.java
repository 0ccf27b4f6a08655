package org.budgetdesk.io;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;
import java.util.regex.Pattern;

/** JSON paths in the {@code $.units[0].functional[3].personnel} notation, for the reader's messages. */
final class JsonPaths {
    /** The path of the whole document. */
    static final String ROOT = "$";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    /** The path of a member: {@code .name}, or {@code ['key']} when the key is not a plain identifier. */
    static String field(String path, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path of an array element. */
    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The path Jackson recorded while an error left nested values. */
    static String of(List<Reference> references) {
        String path = ROOT;
        for (Reference reference : references) {
            if (reference.getFieldName() != null) {
                path = field(path, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path = index(path, reference.getIndex());
            }
        }
        return path;
    }
}
