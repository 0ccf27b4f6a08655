package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM in the middle of saving, again and again ({@code -Dkill.rounds}, 120 by default), and after each kill
 * checks that the project file and its {@code .bak} are whole: each loads and holds one of the two versions being
 * saved. Slow (a JVM per kill, about a minute), so it runs in the {@code kill} profile:
 * {@code ./mvnw -o test -Pkill -Dtest=SaveKillTest}; {@code .ci/run} runs it.
 */
@EnabledIfSystemProperty(named = "kill.test", matches = "true")
class SaveKillTest {
    private static final int ROUNDS = Integer.getInteger("kill.rounds", 120);
    private static final long SEED = Long.getLong("kill.seed", 19L);

    @TempDir
    Path folder;

    /** The version saved first. */
    static Department first() {
        return SampleProjects.rich();
    }

    /** The other version: another name and figures, a different length. */
    static Department second() {
        Department department = SampleProjects.rich();
        department.name().set("成都市某某局（第二稿，名称更长一些，使文件长度不同）");
        department.note().set("第二稿".repeat(500));
        return department;
    }

    @Test
    void aKillAtAnyMomentOfASaveLeavesTheFileAndItsBackupWholeAndLoadable() throws Exception {
        Path target = folder.resolve("project.budget");
        Path backup = folder.resolve("project.budget.bak");
        ProjectFiles files = new ProjectFiles();
        List<String> versions = List.of(dump(first()), dump(second()));
        files.save(first(), target);
        files.save(first(), target);
        Random random = new Random(SEED);
        int killed = 0;
        Set<String> seen = new HashSet<>();

        for (int round = 0; round < ROUNDS; round++) {
            Process victim = start(target);
            BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("round %d: the saver started", round).isEqualTo("ready");
            Thread.sleep(random.nextInt(120));
            victim.destroyForcibly();     // SIGKILL: no shutdown hook, no finally block runs
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
            killed += victim.exitValue() != 0 ? 1 : 0;

            String context = "seed " + SEED + ", round " + round;
            String file = loaded(files, target, context);
            assertThat(file).as(context + ": the file").isIn(versions);
            assertThat(loaded(files, backup, context)).as(context + ": the backup").isIn(versions);
            seen.add(file);
        }

        System.out.println("kill test: " + killed + " kills while saving, " + leftovers().size()
                + " temporary files left by them");
        assertThat(killed).isEqualTo(ROUNDS);
        assertThat(seen).as("the saves ran: both versions were found after kills").hasSize(2);
        assertThat(leftovers()).as("only our temporary files are left, for the next day's cleaning")
                .allMatch(name -> name.matches("\\.project\\.budget(\\.bak)?\\.[0-9a-f]{16}\\.tmp"));
    }

    private static String loaded(ProjectFiles files, Path file, String context) {
        try {
            return dump(files.load(file));
        } catch (ProjectFileException e) {
            throw new AssertionError(context + ": " + e.getMessage(), e);
        }
    }

    private static String dump(Department department) {
        return String.join("\n", ModelDump.of(department));
    }

    private Process start(Path target) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-Xshare:auto",
                "-cp", classPath, SaveLoop.class.getName(), target.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private List<String> leftovers() throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("project.budget") && !name.equals("project.budget.bak")).toList();
        }
    }
}
