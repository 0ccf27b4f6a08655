package org.budgetdesk.io.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budgetdesk.io.TestProcesses;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockRaceTest {
    private static final int RACERS = 6;

    @TempDir
    Path folder;

    @RepeatedTest(10)
    void ofProcessesRacingForAFreeProjectExactlyOneAcquires() throws Exception {
        runRace(folder.resolve("free.budget"));
    }

    @RepeatedTest(10)
    void ofProcessesRacingForAStaleLockExactlyOneAcquires() throws Exception {
        Path project = folder.resolve("stale.budget");
        Files.write(ProjectLock.lockFileFor(project), ProjectLockTest.owner("crashed", TestProcesses.endedPid())
                .toJson());
        runRace(project);
    }

    private void runRace(Path project) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<LockResult>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Owner racer = ProjectLockTest.owner("racer-" + i, ProcessHandle.current().pid());
                Callable<LockResult> attempt = () -> {
                    start.await();
                    return ProjectLock.acquire(project, racer);
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            List<LockResult> outcomes = new ArrayList<>();
            for (Future<LockResult> result : results) {
                outcomes.add(result.get());
            }

            List<LockResult> winners = outcomes.stream().filter(LockResult::acquired).toList();
            assertThat(winners).hasSize(1);
            ProjectLock winner = ((LockResult.Acquired) winners.get(0)).lock();
            assertThat(winner.isHeld()).isTrue();
            assertThat(outcomes).filteredOn(result -> !result.acquired())
                    .allSatisfy(result -> assertThat(result).isEqualTo(new LockResult.HeldBy(winner.owner())));
            winner.release();
        } finally {
            pool.shutdownNow();
        }
    }
}
