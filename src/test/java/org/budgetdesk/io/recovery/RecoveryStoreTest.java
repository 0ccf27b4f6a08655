package org.budgetdesk.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    static final Instant NOON = Instant.parse("2026-11-27T04:00:00Z");

    @TempDir
    Path home;

    private Path folder() {
        return home.resolve("state/recovery");
    }

    private RecoveryStore store(Instant now) {
        return new RecoveryStore(folder(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void afterACrashTheCopyIsPendingAndRestoresTheSameBudget() throws Exception {
        Department edited = SampleProject.load();
        edited.ownUnit().income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current()
                .set(new BigDecimal("8000000.00"));
        Path original = home.resolve("projects/乐山社保 2021.budget");
        store(NOON).write(original, RecoveryStore.newSessionId(), edited);

        RecoveryStore afterRestart = new RecoveryStore(folder());
        List<RecoveryEntry> pending = afterRestart.pending();

        assertThat(pending).singleElement().satisfies(entry -> {
            assertThat(entry.originalPath()).isEqualTo(original);
            assertThat(entry.savedAt()).isEqualTo(NOON);
            assertThat(entry.size()).isEqualTo(Files.size(entry.file()));
            assertThat(entry.isUntitled()).isFalse();
            assertThat(entry.isDamaged()).isFalse();
        });
        Department restored = afterRestart.restore(pending.get(0));
        assertThat(restored.ownUnit().income().source(FundingSource.GENERAL_PUBLIC_BUDGET).current().get())
                .isEqualTo(new BigDecimal("8000000.00"));
        assertThat(restored.consolidated().functional().total().total().get())
                .isEqualTo(edited.consolidated().functional().total().total().get());
        assertThat(new ProjectFiles().toBytes(restored)).isEqualTo(new ProjectFiles().toBytes(edited));
        assertThat(afterRestart.pending()).hasSize(1);
    }

    @Test
    void untitledProjectIsKeptUnderItsSessionId() throws Exception {
        String session = RecoveryStore.newSessionId();
        store(NOON).write(null, session, SampleProject.load());

        RecoveryEntry entry = new RecoveryStore(folder()).pending().get(0);

        assertThat(entry.file().getFileName().toString()).isEqualTo("untitled-" + session + ".recovery");
        assertThat(entry.isUntitled()).isTrue();
        assertThat(entry.sessionId()).isEqualTo(session);
        assertThat(new RecoveryStore(folder()).restore(entry).name().get()).isEqualTo("乐山市社会保险事务中心");
    }

    @Test
    void copiesThisStoreWroteAreNotPending() throws Exception {
        RecoveryStore store = store(NOON);
        store.write(home.resolve("a.budget"), "s1", SampleProject.load());

        assertThat(store.pending()).isEmpty();
    }

    @Test
    void discardRemovesTheCopy() throws Exception {
        RecoveryStore store = store(NOON);
        Path original = home.resolve("a.budget");
        store.write(original, "s1", SampleProject.load());
        store.write(null, "s2", SampleProject.load());

        store.discard(original, "s1");

        assertThat(names()).containsExactly("untitled-s2.recovery");
        RecoveryStore afterRestart = new RecoveryStore(folder());
        afterRestart.discard(afterRestart.pending().get(0));
        assertThat(names()).isEmpty();
        store.discard(original, "s1");
    }

    @Test
    void writingAgainReplacesTheProjectsOneCopy() throws Exception {
        Path original = home.resolve("a.budget");
        Department department = SampleProject.load();
        store(NOON).write(original, "s1", department);
        department.note().set("later edit");
        Instant later = NOON.plusSeconds(60);

        store(later).write(home.resolve("sub/../a.budget"), "s1", department);

        List<RecoveryEntry> pending = new RecoveryStore(folder()).pending();
        assertThat(pending).singleElement().extracting(RecoveryEntry::savedAt).isEqualTo(later);
        assertThat(new RecoveryStore(folder()).restore(pending.get(0)).note().get()).isEqualTo("later edit");
        assertThat(names()).hasSize(1);
    }

    @Test
    void fileNameDependsOnTheNormalisedPathOnly() {
        RecoveryStore store = new RecoveryStore(folder());
        Path file = store.fileFor(home.resolve("x.budget"), "s1");

        assertThat(store.fileFor(home.resolve("a/../x.budget"), "other")).isEqualTo(file);
        assertThat(store.fileFor(home.resolve("y.budget"), "s1")).isNotEqualTo(file);
        assertThat(file.getFileName().toString()).matches("[0-9a-f]{32}\\.recovery");
        assertThatThrownBy(() -> store.fileFor(null, "../escape")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pendingIsNewestFirstAndIgnoresOtherFiles() throws Exception {
        store(NOON).write(home.resolve("old.budget"), "s1", SampleProject.load());
        store(NOON.plusSeconds(3600)).write(home.resolve("new.budget"), "s2", SampleProject.load());
        Files.writeString(folder().resolve("notes.txt"), "not a recovery file");
        Files.writeString(folder().resolve(".untitled-x.recovery.0123456789abcdef.tmp"), "a write cut short");

        List<RecoveryEntry> pending = new RecoveryStore(folder()).pending();

        assertThat(pending).extracting(RecoveryEntry::originalPath)
                .containsExactly(home.resolve("new.budget"), home.resolve("old.budget"));
    }

    @Test
    void missingFolderHasNothingPending() throws IOException {
        assertThat(new RecoveryStore(home.resolve("never-created")).pending()).isEmpty();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
