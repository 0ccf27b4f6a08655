package org.budgetdesk.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.budgetdesk.model.Department;

/**
 * The sample project: the 2021 budget of 乐山市社会保险事务中心, from {@code assets/samples}, packed into the jar so
 * the application can open it wherever it is installed.
 */
public final class SampleProject {
    /** The file name, in {@code assets/samples} and as a class-path resource beside this package. */
    public static final String FILE_NAME = "leshan-social-insurance-2021.budget";
    private static final String RESOURCE = "/org/budgetdesk/samples/" + FILE_NAME;

    private SampleProject() {
    }

    /** The sample's file content. */
    public static byte[] bytes() {
        try (InputStream in = SampleProject.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample project is missing from the class path: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh department loaded from the sample. */
    public static Department load() throws ProjectFileException {
        return new ProjectFiles().fromBytes(bytes(), Path.of(FILE_NAME));
    }
}
