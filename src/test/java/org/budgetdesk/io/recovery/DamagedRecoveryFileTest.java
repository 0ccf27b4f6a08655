package org.budgetdesk.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFileException.Kind;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.io.TestProcesses;
import org.budgetdesk.io.lock.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedRecoveryFileTest {
    @TempDir
    Path folder;

    private RecoveryEntry onlyPending() throws IOException {
        return new RecoveryStore(folder).pending().get(0);
    }

    private ProjectFileException restoreFails(RecoveryEntry entry) {
        return catchThrowableOfType(ProjectFileException.class, () -> new RecoveryStore(folder).restore(entry));
    }

    private static byte[] project() {
        return SampleProject.bytes();
    }

    private void writeFile(String name, byte[]... parts) throws IOException {
        byte[] content = new byte[0];
        for (byte[] part : parts) {
            int start = content.length;
            content = Arrays.copyOf(content, start + part.length);
            System.arraycopy(part, 0, content, start, part.length);
        }
        Files.write(folder.resolve(name), content);
    }

    private static RecoveryHeader header(String host, long pid) {
        return new RecoveryHeader(null, "s1", RecoveryStoreTest.NOON, host, pid);
    }

    @Test
    void headerThatIsNotJsonIsListedAsDamagedAndRestoreSaysWhy() throws Exception {
        writeFile("untitled-s1.recovery", "garbage\n".getBytes(StandardCharsets.UTF_8), project());

        RecoveryEntry entry = onlyPending();

        assertThat(entry.isDamaged()).isTrue();
        assertThat(entry.problem().kind()).isEqualTo(Kind.NOT_JSON);
        assertThat(entry.sessionId()).isEqualTo("s1");
        ProjectFileException failure = restoreFails(entry);
        assertThat(failure.kind()).isEqualTo(Kind.NOT_JSON);
        assertThat(failure.file()).isEqualTo(entry.file());
        assertThat(failure.message(Locale.ENGLISH)).contains("untitled-s1.recovery", "not valid JSON");
        assertThat(failure.message(Locale.SIMPLIFIED_CHINESE)).contains("untitled-s1.recovery");
    }

    @Test
    void emptyFileIsListedAsTruncated() throws Exception {
        writeFile("untitled-s1.recovery");

        RecoveryEntry entry = onlyPending();

        assertThat(entry.problem().kind()).isEqualTo(Kind.TRUNCATED);
        assertThat(restoreFails(entry).kind()).isEqualTo(Kind.TRUNCATED);
    }

    @Test
    void headerWithoutProjectIsListedAsTruncated() throws Exception {
        writeFile("untitled-s1.recovery", header("h", 1).toBytes());

        assertThat(onlyPending().problem().kind()).isEqualTo(Kind.TRUNCATED);
    }

    @Test
    void projectCutOffMidwayIsFoundOnRestore() throws Exception {
        byte[] project = project();
        writeFile("untitled-s1.recovery", header("h", 1).toBytes(), Arrays.copyOf(project, project.length / 2));

        RecoveryEntry entry = onlyPending();

        assertThat(entry.isDamaged()).isFalse();
        ProjectFileException failure = restoreFails(entry);
        assertThat(failure.kind()).isEqualTo(Kind.TRUNCATED);
        assertThat(failure.file()).isEqualTo(entry.file());
    }

    @Test
    void headerLackingTheTimeNamesTheField() throws Exception {
        writeFile("untitled-s1.recovery", "{\"recoveryFormat\":1,\"originalPath\":null,\"sessionId\":\"s1\"}\n"
                .getBytes(StandardCharsets.UTF_8), project());

        ProjectFileException problem = onlyPending().problem();

        assertThat(problem.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(problem.jsonPath()).isEqualTo("header.savedAt");
    }

    @Test
    void copyFromANewerBudgetDeskIsRefusedAsNewer() throws Exception {
        writeFile("untitled-s1.recovery", ("{\"recoveryFormat\":2,\"originalPath\":null,\"sessionId\":\"s1\","
                + "\"savedAt\":\"2026-11-27T04:00:00Z\"}\n").getBytes(StandardCharsets.UTF_8), project());

        RecoveryEntry entry = onlyPending();

        assertThat(entry.problem().kind()).isEqualTo(Kind.NEWER_VERSION);
        assertThat(entry.problem().message(Locale.ENGLISH)).contains("version 2", "version 1");
    }

    @Test
    void vanishedFileIsReportedAsNotFound() throws Exception {
        writeFile("untitled-s1.recovery", header("h", 1).toBytes(), project());
        RecoveryEntry entry = onlyPending();
        Files.delete(entry.file());

        assertThat(restoreFails(entry).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void copyOfAnotherBudgetDeskStillRunningHereIsNotPending() throws Exception {
        long otherLiveProcess = ProcessHandle.current().parent().orElseThrow().pid();
        writeFile("untitled-live.recovery", header(Owner.localHost(), otherLiveProcess).toBytes(), project());
        writeFile("untitled-remote.recovery", header("another-" + Owner.localHost(), otherLiveProcess).toBytes(),
                project());

        assertThat(new RecoveryStore(folder).pending()).extracting(entry -> entry.file().getFileName().toString())
                .containsExactly("untitled-remote.recovery");
    }

    @Test
    void copyOfAProcessThatEndedIsPendingAndRestores() throws Exception {
        writeFile("untitled-s1.recovery", header(Owner.localHost(), TestProcesses.endedPid()).toBytes(), project());

        RecoveryEntry entry = onlyPending();

        assertThat(entry.savedAt()).isEqualTo(Instant.parse("2026-11-27T04:00:00Z"));
        assertThat(new ProjectFiles().toBytes(new RecoveryStore(folder).restore(entry))).isEqualTo(project());
    }
}
