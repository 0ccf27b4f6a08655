package org.budgetdesk.io;

import java.util.Set;
import java.util.stream.Collectors;

/** Process ids for tests of code that asks whether a process still runs. */
public final class TestProcesses {
    private TestProcesses() {
    }

    /**
     * A process id that no process has now and that the system will not hand out soon: a gap below the highest id
     * in use, since ids are given out upwards and reused only after wrapping around. (The id just above the
     * highest is the next one given to a new process, which on a busy machine happens within moments.)
     */
    public static long endedPid() {
        Set<Long> running = ProcessHandle.allProcesses().map(ProcessHandle::pid).collect(Collectors.toSet());
        long highest = running.stream().mapToLong(Long::longValue).max().orElse(2);
        for (long pid = highest - 1; pid > 300; pid--) {
            if (!running.contains(pid) && ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
        long pid = highest + 100_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
