package org.budgetdesk;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.budgetdesk.model.Department;
import org.budgetdesk.ui.common.Document;

/**
 * Notes when the first frame showing a project is drawn (the frame after the one laid out with it) and logs the
 * time since the JVM started. With {@code -Dbudgetdesk.startupProbe=true}, or the environment variable
 * {@code BUDGETDESK_STARTUP_PROBE=true} (a packaged launcher takes no JVM options), it also prints
 * {@code FIRST_FRAME <ms since JVM start> <epoch ms>} and exits: packaging/measure-startup.sh and the smoke test
 * use it.
 */
final class FirstFrame {
    static final String PROBE_PROPERTY = "budgetdesk.startupProbe";
    static final String PROBE_VARIABLE = "BUDGETDESK_STARTUP_PROBE";
    private static final Logger LOG = Logger.getLogger(FirstFrame.class.getName());

    private FirstFrame() {
    }

    /**
     * Watches for the first department the document opens; {@code beforeProbeExit} runs before the probe exits (it
     * gives up the file's lock, so that the next start finds none, as a user's does).
     */
    static void watch(Document document, Runnable beforeProbeExit) {
        document.departmentProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Department> property, Department before, Department after) {
                property.removeListener(this);
                afterNextFrame(beforeProbeExit);
            }
        });
    }

    private static void afterNextFrame(Runnable beforeProbeExit) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                long epochMillis = System.currentTimeMillis();
                long sinceStart = epochMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
                LOG.info(() -> "first frame with the project after " + sinceStart + " ms");
                if (Boolean.getBoolean(PROBE_PROPERTY) || "true".equals(System.getenv(PROBE_VARIABLE))) {
                    System.out.println("FIRST_FRAME " + sinceStart + " " + epochMillis);
                    System.out.flush();
                    beforeProbeExit.run();
                    System.exit(0);
                }
            }
        }.start();
    }
}
