package org.budgetdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetdesk.bench.GeneratedDepartment;
import org.budgetdesk.io.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department of 1,000 units × 60 functional + 30 economic lines goes through {@code summary}, {@code check} and
 * {@code export --xlsx}, each in a JVM of 256 MB of heap, as a user's command would. Run by hand (a few minutes on a
 * busy machine): {@code ./mvnw test -Pmemory -Dtest=LargeProjectMemoryTest} ({@code -Dmemory.units=N} for another
 * size). Running out of memory would end a command with exit code 2 and “项目太大，可用内存不足”.
 */
@EnabledIfSystemProperty(named = "memory.test", matches = "true")
class LargeProjectMemoryTest {
    private static final int UNITS = Integer.getInteger("memory.units", 1000);

    @TempDir
    static Path folder;
    static Path project;

    @BeforeAll
    static void generate() throws IOException {
        project = folder.resolve("large.budget");
        new ProjectFiles().save(GeneratedDepartment.build(UNITS, 60, 30), project);
    }

    @Test
    void summaryRunsIn256Mb() throws Exception {
        Result result = run("summary", project.toString());

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("基准测试部门");
    }

    @Test
    void checkRunsIn256Mb() throws Exception {
        Result result = run("check", project.toString());

        assertThat(result.exit()).as(result.output()).isIn(0, 1);
        assertThat(result.output()).doesNotContain("内存", "memory");
    }

    @Test
    void xlsxExportRunsIn256Mb() throws Exception {
        Path output = folder.resolve("large.xlsx");

        Result result = run("export", project.toString(), "--xlsx", output.toString());

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(Files.size(output)).isPositive();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... arguments) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Duser.language=zh", "-Duser.country=CN", "-Dbudgetdesk.home="
                + folder.resolve("home"), "-cp", classPath, "org.budgetdesk.Launcher"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(folder, "command", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        return new Result(exit, Files.readString(log, StandardCharsets.UTF_8));
    }
}
