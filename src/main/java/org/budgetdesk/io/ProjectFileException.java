package org.budgetdesk.io;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why a project file could not be loaded: a {@link Kind}, the file, where in it (a JSON path such as
 * {@code $.units[0].functional[3].personnel}, and for syntax errors a line and column), the offending value, and a
 * complete sentence for the user in Chinese or English ({@link #message(Locale)}).
 */
public final class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.budgetdesk.io.messages";

    /** The classes of problem, each with its own message. */
    public enum Kind {
        /** The file does not exist. */
        NOT_FOUND,
        /** The file could not be read (permissions, a folder, a disk error). */
        UNREADABLE,
        /** The path names a pipe, a device or another thing that is not a plain file; it is not opened. */
        NOT_A_FILE,
        /** The file is larger than any real project, so it was not read. */
        TOO_LARGE,
        /** A number or text in the file is too long, or its nesting too deep, for any real project. */
        TOO_LARGE_VALUE,
        /** The bytes are not JSON. */
        NOT_JSON,
        /** The JSON ends before it is complete, as when a write was cut off. */
        TRUNCATED,
        /** A value has the wrong type, e.g. text where an object belongs, or an unknown enum name. */
        WRONG_TYPE,
        /** A required value is absent or {@code null}, or the unit list is empty. */
        MISSING_FIELD,
        /** An amount that is not a string of 元 with at most two decimals. */
        BAD_AMOUNT,
        /** A classification code of the wrong shape. */
        BAD_CODE,
        /** Two lines with the same identity in one unit. */
        DUPLICATE_LINE,
        /** The file was written by a newer program in a format version this one does not know. */
        NEWER_VERSION,
        /** The format version is not a whole number of at least 1 (e.g. {@code "2.0"} or {@code "2"}). */
        BAD_VERSION,
        /** A value outside its range: a budget year outside 1949–2200, a negative or absurd count. */
        OUT_OF_RANGE
    }

    private final Kind kind;
    private final transient Path file;
    private final String jsonPath;
    private final int line;
    private final int column;
    private final String found;
    private final String expected;

    ProjectFileException(Kind kind, Path file, String jsonPath, int line, int column, String found,
                         String expected, Throwable cause) {
        super(null, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = Objects.requireNonNull(file, "file");
        this.jsonPath = jsonPath == null ? "" : jsonPath;
        this.line = line;
        this.column = column;
        this.found = found == null ? "" : found;
        this.expected = expected == null ? "" : expected;
    }

    /** A problem at a JSON path, with the offending value (or empty). */
    static ProjectFileException at(Kind kind, Path file, String jsonPath, String found) {
        return new ProjectFileException(kind, file, jsonPath, -1, -1, found, "", null);
    }

    /**
     * A problem found by code outside this package that reads project content in a wrapper of its own (a recovery
     * copy's header, for instance), so that callers see one exception type with the same messages.
     *
     * @param jsonPath where in the file, or empty
     * @param found the offending value, or empty
     * @param expected what was expected (for {@link Kind#NEWER_VERSION} and {@link Kind#TOO_LARGE}), or empty
     * @param cause the underlying exception, or {@code null}
     */
    public static ProjectFileException of(Kind kind, Path file, String jsonPath, String found, String expected,
                                          Throwable cause) {
        return new ProjectFileException(kind, file, jsonPath, -1, -1, found, expected, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The file as it was named to the reader. */
    public Path file() {
        return file;
    }

    /** The JSON path of the problem, e.g. {@code $.units[0].name}; empty when it concerns the whole file. */
    public String jsonPath() {
        return jsonPath;
    }

    /** The 1-based line of a syntax error, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of a syntax error, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** The offending value as written in the file (a code, an amount, a version), or empty. */
    public String found() {
        return found;
    }

    /** The place as one technical string: the JSON path and/or {@code line L, column C}; empty when none. */
    public String location() {
        String lineColumn = line > 0 ? "line " + line + ", column " + column : "";
        if (jsonPath.isEmpty() || lineColumn.isEmpty()) {
            return jsonPath + lineColumn;
        }
        return jsonPath + " (" + lineColumn + ")";
    }

    /** A complete sentence naming the file and the place: Chinese for a {@code zh} locale, English otherwise. */
    public String message(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String place = "";
        if (!jsonPath.isEmpty() && line > 0) {
            place = format(bundle, "file.place.pathLine", jsonPath, line, column);
        } else if (!jsonPath.isEmpty()) {
            place = format(bundle, "file.place.path", jsonPath);
        } else if (line > 0) {
            place = format(bundle, "file.place.line", line, column);
        }
        String detail = found.isEmpty() ? "" : format(bundle, "file.found", found);
        return format(bundle, "file.error." + kind.name(), file, place, detail, found, expected);
    }

    /** The English message. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(texts);
    }
}
