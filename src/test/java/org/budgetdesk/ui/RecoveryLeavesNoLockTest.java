package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.io.TestProcesses;
import org.budgetdesk.io.lock.Owner;
import org.budgetdesk.io.lock.ProjectLock;
import org.budgetdesk.io.recovery.RecoveryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a crash, whatever the person does with the recovery copy — restore it and quit, restore and save, restore and
 * open another project, decline it — no lock of ours is left beside a project once the next session has ended, as
 * a JVM ends for real ({@link SessionProbe}); and the lock of a BudgetDesk that still runs stays. One test crashes a
 * session for real; the others start from the same state made in this JVM, a JVM fewer each.
 */
class RecoveryLeavesNoLockTest {
    @TempDir
    Path folder;
    private Path project;

    private static final String PURPOSE = "保障该部门机构正常运转、完成日常工作任务以及承担社会保险事业发展相关工作";

    @BeforeEach
    void projects() throws Exception {
        project = Files.write(folder.resolve("project.budget"), SampleProject.bytes());
        Files.write(folder.resolve("other.budget"), SampleProject.bytes());
    }

    /** What a crash leaves, made in this JVM: a lock of a process that has ended, and its recovery copy. */
    private void crashedState() throws Exception {
        long ended = TestProcesses.endedPid();
        ProjectLock.acquire(project, new Owner("李四", Owner.localHost(), ended, Instant.now()));
        String edited = new String(SampleProject.bytes(), StandardCharsets.UTF_8).replace(PURPOSE, "恢复的修改");
        new RecoveryStore(folder.resolve("recovery")).write(project, "crashed-session",
                edited.getBytes(StandardCharsets.UTF_8));
        Path copy = recoveryCopies().get(0);
        String written = Files.readString(copy, StandardCharsets.UTF_8);   // the header names the process that wrote it
        Files.writeString(copy, written.replaceFirst("\"pid\":" + ProcessHandle.current().pid() + "\\b",
                "\"pid\":" + ended), StandardCharsets.UTF_8);
    }

    @Test
    void aRealCrashLeavesALockAndACopyAndRestoringThenQuittingWithoutSavingLeavesNoLock() throws Exception {
        assertThat(session("crash")).as("the crashed session's exit").isEqualTo(3);
        assertThat(locks()).containsExactly(".project.budget.lock");
        assertThat(recoveryCopies()).hasSize(1);

        assertThat(session("restore-quit")).isZero();
        assertThat(locks()).as(log("restore-quit")).isEmpty();
        assertThat(recoveryCopies()).isEmpty();
        assertThat(Files.readAllBytes(project)).isEqualTo(SampleProject.bytes());
    }

    @Test
    void restoringSavingAndQuittingLeavesNoLock() throws Exception {
        crashedState();
        assertThat(session("restore-save-quit")).isZero();
        assertThat(locks()).as(log("restore-save-quit")).isEmpty();
        assertThat(recoveryCopies()).isEmpty();
        assertThat(Files.readString(project, StandardCharsets.UTF_8)).contains("恢复的修改").doesNotContain(PURPOSE);
    }

    @Test
    void restoringThenOpeningAnotherProjectLeavesNoLock() throws Exception {
        crashedState();
        assertThat(session("restore-open-other")).isZero();
        assertThat(locks()).as(log("restore-open-other")).isEmpty();
    }

    @Test
    void decliningTheRecoveryCopyRemovesTheCrashedSessionsLock() throws Exception {
        crashedState();
        assertThat(session("decline-quit")).isZero();
        assertThat(locks()).as(log("decline-quit")).isEmpty();
        assertThat(recoveryCopies()).isEmpty();
    }

    @Test
    void aLockOfABudgetDeskStillRunningStaysWhenTheCopyIsDeclined() throws Exception {
        crashedState();
        Owner running = new Owner("张三", Owner.localHost(), ProcessHandle.current().pid(), Instant.now());
        Files.delete(ProjectLock.lockFileFor(project));
        ProjectLock.acquire(project, running);

        assertThat(session("decline-quit")).isZero();
        assertThat(ProjectLock.ownerOf(project)).contains(running);
        assertThat(recoveryCopies()).isEmpty();
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

    /** What the session printed (its warnings among it): said when a check of what it left fails. */
    private String log(String script) throws IOException {
        return "the session's output:\n" + Files.readString(folder.resolve(script + ".log"));
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
