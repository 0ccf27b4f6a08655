package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.io.lock.Owner;
import org.budgetdesk.io.lock.ProjectLock;
import org.budgetdesk.io.recovery.RecoveryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a crash, whatever the person does with the recovery copy — restore it and quit, restore and save, restore and
 * open another project, decline it — no lock of ours is left beside a project once the next session has ended, as
 * a JVM ends for real ({@link SessionProbe}); and the lock of a BudgetDesk that still runs stays.
 */
class RecoveryLeavesNoLockTest {
    @TempDir
    Path folder;
    private Path project;

    @BeforeEach
    void crashWithTheProjectOpen() throws Exception {
        project = Files.write(folder.resolve("project.budget"), SampleProject.bytes());
        Files.write(folder.resolve("other.budget"), SampleProject.bytes());
        assertThat(session("crash")).as("the crashed session's exit").isEqualTo(3);
        assertThat(locks()).containsExactly(".project.budget.lock");
        assertThat(recoveryCopies()).hasSize(1);
    }

    @Test
    void restoringAndQuittingWithoutSavingLeavesNoLock() throws Exception {
        assertThat(session("restore-quit")).isZero();
        assertThat(locks()).isEmpty();
        assertThat(recoveryCopies()).isEmpty();
        assertThat(Files.readAllBytes(project)).isEqualTo(SampleProject.bytes());
    }

    @Test
    void restoringSavingAndQuittingLeavesNoLock() throws Exception {
        assertThat(session("restore-save-quit")).isZero();
        assertThat(locks()).isEmpty();
        assertThat(recoveryCopies()).isEmpty();
        assertThat(Files.readString(project)).isNotEqualTo(new String(SampleProject.bytes(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void restoringThenOpeningAnotherProjectLeavesNoLock() throws Exception {
        assertThat(session("restore-open-other")).isZero();
        assertThat(locks()).isEmpty();
    }

    @Test
    void decliningTheRecoveryCopyRemovesTheCrashedSessionsLock() throws Exception {
        assertThat(session("decline-quit")).isZero();
        assertThat(locks()).isEmpty();
        assertThat(recoveryCopies()).isEmpty();
    }

    @Test
    void aLockOfABudgetDeskStillRunningStaysWhenTheCopyIsDeclined() throws Exception {
        Owner running = new Owner("张三", Owner.localHost(), ProcessHandle.current().pid(), Instant.now());
        Files.delete(ProjectLock.lockFileFor(project));
        ProjectLock.acquire(project, running);

        assertThat(session("decline-quit")).isZero();
        assertThat(ProjectLock.ownerOf(project)).contains(running);
    }

    private int session(String script) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dbudgetdesk.home=" + folder.resolve("home"),
                "-cp", classPath, SessionProbe.class.getName(), folder.toString(), script));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(script + ".log").toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the session did not end: " + script + "\n" + log(script));
        }
        return process.exitValue();
    }

    private String log(String script) throws IOException {
        return Files.readString(folder.resolve(script + ".log"));
    }

    private List<String> locks() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.contains(".lock")).toList();
        }
    }

    private List<Path> recoveryCopies() throws IOException {
        Path recovery = folder.resolve("recovery");
        try (Stream<Path> files = Files.list(recovery)) {
            return files.filter(file -> file.toString().endsWith(RecoveryStore.EXTENSION)).toList();
        }
    }
}
