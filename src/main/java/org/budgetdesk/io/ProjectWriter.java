package org.budgetdesk.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.budgetdesk.model.Department;

/**
 * Writes a department as a project file: UTF-8 JSON, two-space indent, {@code "\n"} line endings and a final
 * newline on every OS, keys in a fixed order, so the same budget always gives the same bytes.
 *
 * <p>Saving is atomic: the bytes are made first, written to {@code .NAME.<random>.tmp} in the target's folder and
 * forced to disk; the previous file is copied to {@code .NAME.bak.<random>.tmp}, forced and renamed to
 * {@code NAME.bak}; then the temporary file is renamed over the target and the folder is synced where the OS allows
 * it. If anything fails, the temporary files are deleted and the previous file is left as it was. A link is saved
 * through, the file keeps its permissions, and a read-only file is refused ({@link OutputRefusedException}).
 */
public final class ProjectWriter {
    /** The renames of a save (the backup's, then the file's), replaceable in tests to simulate a crash. */
    private final AtomicFiles.Replace move;
    private final long maxBytes;

    public ProjectWriter() {
        this(AtomicFiles::replace);
    }

    ProjectWriter(AtomicFiles.Replace move) {
        this(move, ProjectReader.MAX_BYTES);
    }

    /** A writer with another size limit, for tests. */
    ProjectWriter(AtomicFiles.Replace move, long maxBytes) {
        this.move = Objects.requireNonNull(move, "move");
        this.maxBytes = maxBytes;
    }

    /**
     * The file content of a department.
     *
     * @throws IllegalArgumentException when the model holds a value no file may contain (an invalid amount)
     */
    public byte[] toBytes(Department department) {
        return bytes(ModelToDto.toDto(department));
    }

    /** The file content of a project's records; see {@link ProjectSnapshot}. */
    static byte[] bytes(ProjectDto project) {
        try {
            byte[] json = ProjectJson.writer().writeValueAsBytes(project);
            byte[] bytes = new byte[json.length + 1];
            System.arraycopy(json, 0, bytes, 0, json.length);
            bytes[json.length] = '\n';
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The budget cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Passes every text the department's file would hold (string values and map keys) to {@code visitor}, without
     * making the file's content: a check of every text that costs no memory. Field names, numbers and enum names are
     * the program's own and are not passed.
     */
    public void eachText(Department department, Consumer<String> visitor) {
        FileRecords.eachString(ModelToDto.toDto(department), visitor);
    }

    /**
     * Saves a department to a file atomically, keeping the previous content as {@code NAME.bak}. The JSON streams
     * into the temporary file rather than being made in memory first: a large department's text is tens of MB.
     */
    public void save(Department department, Path target) throws IOException {
        ProjectDto project = ModelToDto.toDto(department);
        try {
            write(out -> {
                OutputStream limited = new LimitedOutput(out, maxBytes, target);
                ProjectJson.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(limited, project);
                limited.write('\n');
            }, target);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The budget cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes file content made by {@link #toBytes} atomically, keeping the previous content as {@code NAME.bak}.
     * The workbench serializes on the UI thread (the model is not thread-safe) and writes here on another.
     * Content larger than the reader accepts is refused ({@link OutputRefusedException.Kind#TOO_LARGE}) and the
     * file left as it was: BudgetDesk never saves a project it would refuse to open.
     */
    public void write(byte[] bytes, Path target) throws IOException {
        if (bytes.length > maxBytes) {
            throw new OutputRefusedException(OutputRefusedException.Kind.TOO_LARGE, target, null);
        }
        write(out -> out.write(bytes), target);
    }

    private void write(AtomicFiles.Content content, Path target) throws IOException {
        Path destination = OutputPaths.writeTarget(target);
        OutputPaths.requireWritable(destination, target);
        AtomicFiles.replace(destination, content, destination, this::keepBackup, move::move);
        StaleTempFiles.cleanBeside(destination);
    }

    /** Refuses the content, mid-way, once it passes the reader's limit; the temporary file is then removed. */
    private static final class LimitedOutput extends FilterOutputStream {
        private final long maxBytes;
        private final Path target;
        private long written;

        LimitedOutput(OutputStream out, long maxBytes, Path target) {
            super(out);
            this.maxBytes = maxBytes;
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count(length);
            out.write(bytes, offset, length);
        }

        private void count(int length) throws IOException {
            written += length;
            if (written > maxBytes) {
                throw new OutputRefusedException(OutputRefusedException.Kind.TOO_LARGE, target, null);
            }
        }
    }

    /** Keeps the content being replaced as {@code NAME.bak}, itself replaced atomically. */
    private void keepBackup(Path destination) throws IOException {
        if (Files.exists(destination)) {
            AtomicFiles.copy(destination, destination.resolveSibling(destination.getFileName() + ".bak"),
                    move::move);
        }
    }
}
