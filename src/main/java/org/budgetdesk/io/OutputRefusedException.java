package org.budgetdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A file BudgetDesk was asked to write and refused to, before touching anything: it is one of the files being read
 * (an export over its own project), it is read-only, it is not a plain file, or it is a project too large to be
 * opened again. The message says which, in
 * Chinese or English ({@link #message(Locale)}).
 */
public final class OutputRefusedException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.budgetdesk.io.messages";

    /** Why the output was refused. */
    public enum Kind {
        /** The output is, or links to, a file being read or open as a project. */
        IS_INPUT,
        /** The output exists and is read-only. */
        READ_ONLY,
        /** The output exists and is a folder, a pipe or a device rather than a plain file. */
        NOT_A_FILE,
        /** Two outputs of one command name the same file. */
        NAMED_TWICE,
        /** A project file larger than BudgetDesk opens ({@link ProjectReader#MAX_BYTES}): saved, it could not be reopened. */
        TOO_LARGE
    }

    private final Kind kind;
    private final transient Path file;
    private final transient Path other;

    /**
     * @param file  the output as it was named
     * @param other the input it would overwrite, for {@link Kind#IS_INPUT}; else {@code null}
     */
    public OutputRefusedException(Kind kind, Path file, Path other) {
        super((String) null);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = Objects.requireNonNull(file, "file");
        this.other = other;
    }

    public Kind kind() {
        return kind;
    }

    /** The output as it was named. */
    public Path file() {
        return file;
    }

    /** A complete sentence: Chinese for a {@code zh} locale, English otherwise. */
    public String message(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("output.error." + kind.name()), bundle.getLocale())
                .format(new Object[] {String.valueOf(file), String.valueOf(other)});
    }

    /** The English message. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
