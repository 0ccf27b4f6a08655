package org.budgetdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench's snapshot work (the live explanation, the 检查 tab's explanation) runs off the JavaFX thread, and
 * only the latest request's result comes back, on the JavaFX thread.
 */
@ExtendWith(ApplicationExtension.class)
class LatestOnlyUiTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void theWorkRunsOffTheFxThreadAndItsResultComesBackOnIt(FxRobot robot) throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        LatestOnly latest = LatestOnly.onFxThread();
        robot.interact(() -> latest.run(() -> Platform.isFxApplicationThread() ? "work on the FX thread" : "work",
                result -> seen.add(result + (Platform.isFxApplicationThread() ? ", published on the FX thread" : "")),
                error -> seen.add("failed")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty());
        assertThat(seen).containsExactly("work, published on the FX thread");
    }

    @Test
    void aResultANewerRequestOvertookIsDropped(FxRobot robot) throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        LatestOnly latest = LatestOnly.onFxThread();
        robot.interact(() -> {
            latest.run(() -> {
                await(firstMayFinish);
                return "first";
            }, seen::add, error -> seen.add("failed"));
            latest.run(() -> "second", seen::add, error -> seen.add("failed"));
        });
        firstMayFinish.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seen).containsExactly("second");
    }

    @Test
    void workANewerRequestOvertookBeforeItStartedIsSkipped() {
        List<Runnable> held = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        LatestOnly latest = new LatestOnly(held::add, Runnable::run);
        for (String name : List.of("first", "second", "third")) {
            latest.run(() -> {
                ran.add(name);
                return name;
            }, seen::add, error -> seen.add("failed"));
        }
        held.forEach(Runnable::run);

        assertThat(ran).containsExactly("third");
        assertThat(seen).containsExactly("third");
    }

    @Test
    void workThatRunsOutOfMemoryIsReportedAsAFailureNotLost() {
        List<Runnable> held = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        LatestOnly latest = new LatestOnly(held::add, Runnable::run);
        latest.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, result -> failures.add(null), failures::add);

        held.forEach(Runnable::run);

        assertThat(failures).singleElement().isInstanceOf(OutOfMemoryError.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
