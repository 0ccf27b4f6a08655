package org.budgetdesk.ui;

import java.nio.file.Path;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.lock.Owner;
import org.budgetdesk.io.lock.ProjectAccess;
import org.budgetdesk.model.Department;

/** A project read from its file, with what the file allows: what an open does off the UI thread ({@link #read}). */
public record OpenedFile(Department department, ProjectAccess access) {
    /**
     * Locks {@code file} (or finds who holds it, or that it cannot be written) and reads it with {@code reading}; a
     * failed read gives the lock up again.
     */
    public static OpenedFile read(Path file, FileActions.Reading reading) throws ProjectFileException {
        ProjectAccess access = ProjectAccess.of(file, Owner.current());
        try {
            return new OpenedFile(reading.read(file), access);
        } catch (ProjectFileException | RuntimeException | Error e) {
            access.release();
            throw e;
        }
    }
}
