package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.budgetdesk.io.BadFiles.at;
import static org.budgetdesk.io.BadFiles.edited;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.io.ProjectFileException.Kind;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that once crashed or hung the reader, or gave a confusing message: each is a clean, typed refusal. */
class HostileFilesTest {
    private final ProjectFiles files = new ProjectFiles();

    @TempDir
    Path folder;

    private ProjectFileException refusal(byte[] bytes) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(ProjectFileException.class,
                () -> files.fromBytes(bytes, Path.of("hostile.budget")));
    }

    @Test
    void customCodeWithABlankNameIsAMissingValueAtItsPath() {
        ProjectFileException e = refusal(edited(tree -> at(tree, "customFunctionalCodes").put("2089901", "  ")));

        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(e.jsonPath()).isEqualTo("$.customFunctionalCodes['2089901']");
        assertThat(refusal(edited(tree -> at(tree, "customEconomicCodes").put("31999", ""))).jsonPath())
                .isEqualTo("$.customEconomicCodes['31999']");
    }

    @Test
    void everyLoadedProjectGivesACatalog() throws Exception {
        Department department = files.fromBytes(edited(tree -> { }), Path.of("x.budget"));
        Catalog catalog = Catalog.forYear(department.budgetYear().get())
                .withCustomCodes(department.customFunctionalCodes(), department.customEconomicCodes());
        assertThat(catalog).isNotNull();
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = folder.resolve("pipe.budget");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        FutureTask<Throwable> load = new FutureTask<>(() -> catchThrowable(() -> files.load(pipe)));
        Thread reader = new Thread(load, "load-pipe");
        reader.setDaemon(true);
        reader.start();

        Throwable thrown;
        try {
            thrown = load.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            Files.write(pipe, new byte[0]);     // lets the blocked reader go
            throw new AssertionError("loading a named pipe waits for a writer", e);
        }

        assertThat(thrown).isInstanceOfSatisfying(ProjectFileException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.NOT_A_FILE);
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("不是普通文件");
        });
    }

    @Test
    void jacksonLimitsAreReportedAsTooLargeNotAsBadJson() {
        String longNumber = "1".repeat(5000);
        ProjectFileException number = refusal(("{\"formatVersion\": 2, \"budgetYear\": " + longNumber + "}")
                .getBytes(StandardCharsets.UTF_8));
        ProjectFileException deep = refusal(("{\"formatVersion\": 2, \"units\": " + "[".repeat(5000)
                + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8));

        assertThat(number.kind()).isEqualTo(Kind.TOO_LARGE_VALUE);
        assertThat(deep.kind()).isEqualTo(Kind.TOO_LARGE_VALUE);
        assertThat(deep.message(Locale.ENGLISH)).contains("too large").doesNotContain("not valid JSON");
        assertThat(deep.message(Locale.SIMPLIFIED_CHINESE)).contains("过大");
    }

    @Test
    void aFormatVersionThatIsNotAWholeNumberSaysWhatAVersionIs() {
        for (String version : new String[] {"2.0", "\"2\"", "1.5", "0", "-1", "true", "99999999999999999999"}) {
            ProjectFileException e = refusal(("{\"formatVersion\": " + version + "}")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(e.kind()).as(version).isEqualTo(Kind.BAD_VERSION);
            assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
            assertThat(e.message(Locale.ENGLISH)).as(version).contains("whole number").contains(version);
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("整数");
        }
    }
}
