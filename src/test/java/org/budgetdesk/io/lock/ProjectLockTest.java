package org.budgetdesk.io.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.budgetdesk.io.TestProcesses;
import org.budgetdesk.io.lock.LockResult.Acquired;
import org.budgetdesk.io.lock.LockResult.HeldBy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {
    private static final long OUR_PID = ProcessHandle.current().pid();

    @TempDir
    Path folder;

    private Path project() {
        return folder.resolve("乐山社保.budget");
    }

    static Owner owner(String user, long pid) {
        return new Owner(user, Owner.localHost(), pid, Instant.parse("2026-11-27T08:30:00.123Z"));
    }

    @Test
    void lockFileIsAHiddenNameBesideTheProject() {
        assertThat(ProjectLock.lockFileFor(project())).isEqualTo(folder.resolve(".乐山社保.budget.lock"));
    }

    @Test
    void acquireWritesTheOwnerAndReleaseDeletesTheLock() throws IOException {
        LockResult result = ProjectLock.acquire(project(), owner("alice", OUR_PID));

        assertThat(result.acquired()).isTrue();
        ProjectLock lock = ((Acquired) result).lock();
        assertThat(Files.readString(lock.file())).contains("\"owner\":\"alice\"", "\"pid\":" + OUR_PID,
                "\"since\":\"2026-11-27T08:30:00.123Z\"", "\"host\":");
        assertThat(ProjectLock.ownerOf(project())).contains(owner("alice", OUR_PID));
        assertThat(lock.isHeld()).isTrue();

        lock.release();

        assertThat(names()).isEmpty();
        assertThat(lock.isHeld()).isFalse();
        assertThat(ProjectLock.ownerOf(project())).isEmpty();
    }

    @Test
    void secondAcquirerSeesTheFirstOwner() throws IOException {
        ProjectLock first = ((Acquired) ProjectLock.acquire(project(), owner("alice", OUR_PID))).lock();

        LockResult second = ProjectLock.acquire(project(), owner("bob", OUR_PID));

        assertThat(second).isEqualTo(new HeldBy(owner("alice", OUR_PID)));
        assertThat(((HeldBy) second).owner().user()).isEqualTo("alice");
        assertThat(first.isHeld()).isTrue();
        first.release();
    }

    @Test
    void staleLockOfAProcessThatNoLongerRunsIsTakenOverSilently() throws IOException {
        Owner dead = owner("crashed", TestProcesses.endedPid());
        Files.write(ProjectLock.lockFileFor(project()), dead.toJson());

        LockResult result = ProjectLock.acquire(project(), owner("bob", OUR_PID));

        assertThat(result.acquired()).isTrue();
        assertThat(((Acquired) result).staleOwner()).isEqualTo(dead);
        assertThat(ProjectLock.ownerOf(project())).contains(owner("bob", OUR_PID));
        assertThat(names()).containsExactly(".乐山社保.budget.lock");
        ((Acquired) result).lock().release();
    }

    @Test
    void lockWithThisProcessIdThatThisProcessDoesNotHoldIsStale() throws IOException {
        Files.write(ProjectLock.lockFileFor(project()), owner("before-restart", OUR_PID).toJson());

        LockResult result = ProjectLock.acquire(project(), owner("after-restart", OUR_PID));

        assertThat(result.acquired()).isTrue();
        ((Acquired) result).lock().release();
    }

    @Test
    void lockFromAnotherComputerCountsAsHeldEvenWithAnUnknownProcess() throws IOException {
        Owner remote = new Owner("carol", "another-" + Owner.localHost(), TestProcesses.endedPid(), Instant.EPOCH);
        Files.write(ProjectLock.lockFileFor(project()), remote.toJson());

        LockResult result = ProjectLock.acquire(project(), owner("bob", OUR_PID));

        assertThat(result).isEqualTo(new HeldBy(remote));
    }

    @Test
    void contentThatIsNotALockAndNotBeingWrittenIsTakenOver() throws IOException {
        Path file = ProjectLock.lockFileFor(project());
        Files.writeString(file, "{\"owner\": \"half-writ");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));

        LockResult result = ProjectLock.acquire(project(), owner("bob", OUR_PID));

        assertThat(result.acquired()).isTrue();
        assertThat(ProjectLock.ownerOf(project())).contains(owner("bob", OUR_PID));
        ((Acquired) result).lock().release();
    }

    @Test
    void emptyNewLockFileIsReadAgainSoItsOwnerIsSeenOnceWritten() throws Exception {
        Path file = ProjectLock.lockFileFor(project());
        Owner writer = owner("slow-writer", OUR_PID);
        ProjectLock writersLock = ProjectLock.takeOver(project(), writer);
        Files.write(file, new byte[0]);
        Thread finishWriting = new Thread(() -> {
            try {
                Thread.sleep(200);
                Files.write(file, writer.toJson());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        finishWriting.start();

        LockResult result = ProjectLock.acquire(project(), owner("bob", OUR_PID));

        finishWriting.join();
        assertThat(result).isEqualTo(new HeldBy(writer));
        writersLock.release();
    }

    @Test
    void takeOverReplacesALiveOwnersLock() throws IOException {
        ProjectLock alice = ((Acquired) ProjectLock.acquire(project(), owner("alice", OUR_PID))).lock();

        ProjectLock bob = ProjectLock.takeOver(project(), owner("bob", OUR_PID));

        assertThat(ProjectLock.ownerOf(project())).contains(owner("bob", OUR_PID));
        assertThat(bob.isHeld()).isTrue();
        assertThat(alice.isHeld()).isFalse();
        assertThat(ProjectLock.acquire(project(), owner("dave", OUR_PID))).isEqualTo(new HeldBy(bob.owner()));
        bob.release();
        alice.release();
    }

    @Test
    void releaseOfALockSomeoneTookOverLeavesTheirLock() throws IOException {
        ProjectLock alice = ((Acquired) ProjectLock.acquire(project(), owner("alice", OUR_PID))).lock();
        ProjectLock bob = ProjectLock.takeOver(project(), owner("bob", OUR_PID));

        alice.release();

        assertThat(ProjectLock.ownerOf(project())).contains(owner("bob", OUR_PID));
        assertThat(bob.isHeld()).isTrue();
        assertThat(names()).containsExactly(".乐山社保.budget.lock");
        bob.release();
        assertThat(names()).isEmpty();
    }

    @Test
    void releaseTwiceOrAfterTheFileVanishedIsHarmless() throws IOException {
        ProjectLock lock = ((Acquired) ProjectLock.acquire(project(), owner("alice", OUR_PID))).lock();
        Files.delete(lock.file());

        lock.release();
        lock.release();

        assertThat(names()).isEmpty();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void removeIfStaleDeletesOnlyTheLockOfAProcessThatEnded() throws IOException {
        ProjectLock.acquire(project(), owner("crashed", TestProcesses.endedPid()));

        assertThat(ProjectLock.removeIfStale(project())).isTrue();
        assertThat(names()).isEmpty();
        assertThat(ProjectLock.removeIfStale(project())).isFalse();
    }

    @Test
    void removeIfStaleLeavesALiveLockAndOneFromAnotherComputer() throws IOException {
        Path other = folder.resolve("other.budget");
        ProjectLock live = ((Acquired) ProjectLock.acquire(project(), owner("alice", OUR_PID))).lock();
        Owner remote = new Owner("bob", "another-pc-" + Owner.localHost(), TestProcesses.endedPid(), Instant.now());
        ProjectLock.acquire(other, remote);

        assertThat(ProjectLock.removeIfStale(project())).isFalse();
        assertThat(ProjectLock.removeIfStale(other)).isFalse();
        assertThat(live.isHeld()).isTrue();
        assertThat(ProjectLock.ownerOf(other)).contains(remote);
    }

}
