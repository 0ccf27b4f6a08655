package org.budgetdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.budgetdesk.model.Department;

/** Loading and saving project files ({@code *.budget}): the one entry point the application uses. */
public final class ProjectFiles {
    /** The extension of project files. */
    public static final String EXTENSION = ".budget";

    private final ProjectReader reader;
    private final ProjectWriter writer;

    public ProjectFiles() {
        this(new ProjectReader(), new ProjectWriter());
    }

    ProjectFiles(ProjectReader reader, ProjectWriter writer) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** Loads a project file into a new department; nothing else is changed when it fails. */
    public Department load(Path file) throws ProjectFileException {
        Department department = reader.read(file);
        StaleTempFiles.cleanBeside(file);
        return department;
    }

    /** Saves atomically; the previous file is kept as {@code NAME.bak}. */
    public void save(Department department, Path file) throws IOException {
        writer.save(department, file);
    }

    /** Writes content made by {@link #toBytes} atomically, as {@link #save} does; safe off the UI thread. */
    public void write(byte[] content, Path file) throws IOException {
        writer.write(content, file);
    }

    /** The file content of a department, as {@link #save} writes it. */
    public byte[] toBytes(Department department) {
        return writer.toBytes(department);
    }

    /** Passes every text the department's file would hold to {@code visitor}, without making the file's content. */
    public void eachText(Department department, Consumer<String> visitor) {
        writer.eachText(department, visitor);
    }

    /** A department from file content, e.g. a recovery copy; {@code nameForMessages} names it in errors. */
    public Department fromBytes(byte[] bytes, Path nameForMessages) throws ProjectFileException {
        return reader.fromBytes(bytes, nameForMessages);
    }
}
