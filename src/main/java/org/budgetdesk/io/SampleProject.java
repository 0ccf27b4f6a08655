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
    /**
     * The second sample: a county education bureau with two schools, made by hand to hold what the first lacks
     * (政府性基金 and 单位资金, 财政拨款结转, “三公” from several funds, priors not published).
     */
    public static final String COUNTY_EDUCATION = "county-education-2024.budget";
    private static final String FOLDER = "/org/budgetdesk/samples/";

    private SampleProject() {
    }

    /** The sample's file content. */
    public static byte[] bytes() {
        return bytes(FILE_NAME);
    }

    /** A sample's file content, by its file name. */
    public static byte[] bytes(String fileName) {
        String resource = FOLDER + fileName;
        try (InputStream in = SampleProject.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the sample project is missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh department loaded from the sample. */
    public static Department load() throws ProjectFileException {
        return load(FILE_NAME);
    }

    /** A fresh department loaded from a sample, by its file name. */
    public static Department load(String fileName) throws ProjectFileException {
        return new ProjectFiles().fromBytes(bytes(fileName), Path.of(fileName));
    }
}
