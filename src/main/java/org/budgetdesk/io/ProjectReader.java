package org.budgetdesk.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.budgetdesk.io.AmountJson.BadAmountException;
import org.budgetdesk.io.ProjectFileException.Kind;
import org.budgetdesk.model.Department;

/**
 * Reads a project file into a new {@link Department}, or fails with a {@link ProjectFileException} and builds
 * nothing: the bytes are parsed, the version checked, the records bound and validated, and only then is the
 * department built. No model in memory is touched.
 *
 * <p>A file of the current version is read as a stream and never held whole. A well-formed one is read once: the
 * records are bound through a {@link ProbingParser}, which shows that the file was a current one. Any other file —
 * broken, older, not a project — is read again, as it always was: a first pass finds any syntax error and the
 * version ({@link ProjectProbe}), so that every error is told the same way; a current file is then bound as a
 * stream, an older one, or one that is not a project at all, read as a JSON tree, migrated and bound (older files
 * come from smaller projects). Either way the file may be up to {@link #MAX_BYTES}; {@link ProjectWriter} refuses
 * to save more.
 *
 * <p>Unknown fields are ignored, so that a later release may add optional data within a format version and
 * older releases still open the file. Data whose loss would matter must come with a new format version, which
 * older releases refuse ({@link Kind#NEWER_VERSION}). Every known field of the file's version is required; an
 * older version is migrated to the current one first ({@link ProjectMigration}).
 */
public final class ProjectReader {
    /**
     * Files above this size (256 MiB, about 9,000 units of 90 lines; their model needs gigabytes of memory) are
     * refused unread, and never saved.
     */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private final long maxBytes;

    public ProjectReader() {
        this(MAX_BYTES);
    }

    /** A reader with another size limit, for tests. */
    ProjectReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Loads a project file. */
    public Department read(Path file) throws ProjectFileException {
        checkSize(file);
        ProjectDto current = bindCurrent(() -> Files.newInputStream(file));
        if (current != null) {
            return build(current, file);
        }
        ProjectProbe probe = probe(() -> Files.newInputStream(file), file);
        if (probe.bindsDirectly()) {
            return build(bindStream(() -> Files.newInputStream(file), file), file);
        }
        return fromTree(readBytes(file), file);
    }

    /** Loads a project from bytes; {@code nameForMessages} names them in error messages. */
    public Department fromBytes(byte[] bytes, Path nameForMessages) throws ProjectFileException {
        Path file = nameForMessages;
        if (bytes.length > maxBytes) {
            throw tooLarge(file, bytes.length);
        }
        ProjectDto current = bindCurrent(() -> new ByteArrayInputStream(bytes));
        if (current != null) {
            return build(current, file);
        }
        if (probe(() -> new ByteArrayInputStream(bytes), file).bindsDirectly()) {
            return build(bindStream(() -> new ByteArrayInputStream(bytes), file), file);
        }
        return fromTree(bytes, file);
    }

    private static Department build(ProjectDto project, Path file) throws ProjectFileException {
        ProjectValidator.validate(project, file);
        return DtoToModel.toModel(project);
    }

    private Department fromTree(byte[] bytes, Path file) throws ProjectFileException {
        JsonNode tree = parse(bytes, file);
        int version = checkVersion(tree, file);
        ProjectMigration.toCurrent((ObjectNode) tree, version);
        return build(bind(tree, file), file);
    }

    /** Opens the input anew for each pass. */
    private interface Input {
        InputStream open() throws IOException;
    }

    /** Refuses what is not a plain file (a pipe would block) or is over the limit, before reading anything. */
    private void checkSize(Path file) throws ProjectFileException {
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            throw new ProjectFileException(Kind.NOT_A_FILE, file, "", -1, -1, "", "", null);
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(file, size);
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The first pass; a file that is not JSON fails here, as the tree parser would fail on it. */
    private static ProjectProbe probe(Input input, Path file) throws ProjectFileException {
        try (InputStream in = input.open()) {
            return ProjectProbe.of(in);
        } catch (StreamConstraintsException e) {
            throw syntax(Kind.TOO_LARGE_VALUE, file, e);
        } catch (JsonProcessingException e) {
            throw syntax(endsEarly(e, input) ? Kind.TRUNCATED : Kind.NOT_JSON, file, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The one pass of a well-formed file of the current version: its records, bound as the text streams by, or null
     * for any other file, or when binding fails (the two passes then read it again and name the problem).
     */
    private static ProjectDto bindCurrent(Input input) {
        try (InputStream in = input.open();
             ProbingParser parser = new ProbingParser(ProjectJson.mapper().createParser(in))) {
            ProjectDto project = ProjectJson.reader().readValue(parser);
            return parser.probe().bindsDirectly() ? project : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The second pass of a current file: the records, bound as the text streams by. */
    private static ProjectDto bindStream(Input input, Path file) throws ProjectFileException {
        try (InputStream in = input.open()) {
            return ProjectJson.reader().readValue(in);
        } catch (StreamConstraintsException e) {
            throw syntax(Kind.TOO_LARGE_VALUE, file, e);
        } catch (JsonMappingException e) {
            throw mappingProblem(e, file);
        } catch (JsonProcessingException e) {
            throw syntax(Kind.NOT_JSON, file, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private byte[] readBytes(Path file) throws ProjectFileException {
        checkSize(file);
        try {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) {
                    throw tooLarge(file, bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static ProjectFileException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ProjectFileException(Kind.NOT_FOUND, file, "", -1, -1, "", "", e);
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ProjectFileException(Kind.UNREADABLE, file, "", -1, -1, reason, "", e);
    }

    private static JsonNode parse(byte[] bytes, Path file) throws ProjectFileException {
        try {
            JsonNode tree = ProjectJson.mapper().readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new ProjectFileException(Kind.TRUNCATED, file, "", 1, 1, "", "", null);
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw syntax(Kind.TOO_LARGE_VALUE, file, e);
        } catch (JsonProcessingException e) {
            Input input = () -> new ByteArrayInputStream(bytes);
            throw syntax(endsEarly(e, input) ? Kind.TRUNCATED : Kind.NOT_JSON, file, e);
        } catch (IOException e) {
            throw new ProjectFileException(Kind.NOT_JSON, file, "", -1, -1, "", "", e);
        }
    }

    /** Returns the file's format version once it is known to be one this reader can read. */
    private static int checkVersion(JsonNode tree, Path file) throws ProjectFileException {
        if (!tree.isObject()) {
            throw ProjectFileException.at(Kind.WRONG_TYPE, file, JsonPaths.ROOT, nodeType(tree));
        }
        JsonNode version = tree.get("formatVersion");
        String path = "$.formatVersion";
        if (version == null || version.isNull()) {
            throw ProjectFileException.at(Kind.MISSING_FIELD, file, path, "");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            String found = version.isContainerNode() ? nodeType(version) : version.toString();
            throw new ProjectFileException(Kind.BAD_VERSION, file, path, -1, -1, found,
                    String.valueOf(ProjectDto.CURRENT_VERSION), null);
        }
        if (version.intValue() > ProjectDto.CURRENT_VERSION) {
            throw new ProjectFileException(Kind.NEWER_VERSION, file, path, -1, -1,
                    String.valueOf(version.intValue()), String.valueOf(ProjectDto.CURRENT_VERSION), null);
        }
        return version.intValue();
    }

    private static ProjectDto bind(JsonNode tree, Path file) throws ProjectFileException {
        try {
            return ProjectJson.reader().readValue(tree);
        } catch (JsonMappingException e) {
            throw mappingProblem(e, file);
        } catch (IOException e) {
            Kind kind = causedBy(e, StreamConstraintsException.class) ? Kind.TOO_LARGE_VALUE : Kind.WRONG_TYPE;
            throw new ProjectFileException(kind, file, JsonPaths.ROOT, -1, -1, "", "", e);
        }
    }

    private static ProjectFileException mappingProblem(JsonMappingException e, Path file) {
        String path = JsonPaths.of(e.getPath());
        if (causedBy(e, StreamConstraintsException.class)) {
            return new ProjectFileException(Kind.TOO_LARGE_VALUE, file, path, -1, -1, "", "", e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadAmountException bad) {
                return new ProjectFileException(Kind.BAD_AMOUNT, file, path, -1, -1, bad.text(), "", e);
            }
        }
        String found = e instanceof InvalidFormatException invalid ? shown(invalid.getValue()) : "";
        return new ProjectFileException(Kind.WRONG_TYPE, file, path, -1, -1, found, "", e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a syntax error is the input ending too soon: Jackson says so, or nothing but space follows. */
    private static boolean endsEarly(JsonProcessingException e, Input input) {
        if (e instanceof JsonEOFException) {
            return true;
        }
        JsonLocation location = e.getLocation();
        if (!(e instanceof JsonParseException) || location == null || location.getByteOffset() < 0) {
            return false;
        }
        try (InputStream in = new BufferedInputStream(input.open())) {
            in.skipNBytes(location.getByteOffset());
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return false;
                }
            }
            return true;
        } catch (EOFException past) {
            return true;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static ProjectFileException syntax(Kind kind, Path file, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        return new ProjectFileException(kind, file, "", line, column, "", "", e);
    }

    private ProjectFileException tooLarge(Path file, long size) {
        return new ProjectFileException(Kind.TOO_LARGE, file, "", -1, -1, String.valueOf(size),
                String.valueOf(maxBytes), null);
    }

    private static String shown(Object value) {
        return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    }

    private static String nodeType(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
