package org.budgetdesk.ui.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.charts.ChartData.Bars;
import org.budgetdesk.ui.charts.ChartData.Pie;
import org.budgetdesk.ui.common.CjkFont;

/**
 * The charts of a unit drawn offscreen as PNG images, e.g. for the appendix of the .docx explanation.
 *
 * <p>Meant to be called off the UI thread (an export's background task): the charts' figures are computed, their
 * nodes built, styled and laid out, and the PNGs encoded on the calling thread; only the snapshot of each chart,
 * which JavaFX takes on its own thread only, is handed to the UI thread, one chart at a time, so the window answers
 * between charts. Called on the UI thread, it does everything there. The toolkit is started if need be (under a
 * display, or Monocle in tests).
 */
public final class ChartImages {
    private ChartImages() {
    }

    /** A chart to draw: its id, how to build its node, and its height in pixels. */
    private record Planned(String id, Supplier<Node> node, double height) {
    }

    /**
     * Every chart of {@link ChartData}, in display order, by id ({@link ChartData#FUNCTIONAL_BY_CLASS}, …), each a
     * PNG {@code width} pixels wide and {@code height} high (taller for a pie of more than four parts or more than
     * three pairs of bars, so that every legend row and bar stays readable), on white with the chart's title; an
     * empty chart shows “无数据”.
     * The chart's title is also {@code messages.get("charts." + id)}.
     */
    public static Map<String, byte[]> render(Unit unit, Catalog catalog, Messages messages, int width, int height) {
        return render(unit, catalog, messages, width, height, fraction -> { });
    }

    /** As {@link #render(Unit, Catalog, Messages, int, int)}, telling {@code progress} (0 to 1) after each chart. */
    public static Map<String, byte[]> render(Unit unit, Catalog catalog, Messages messages, int width, int height,
                                             DoubleConsumer progress) {
        if (!Platform.isFxApplicationThread()) {
            startToolkit();
        }
        return render(unit, catalog, messages, width, height, progress, Platform::runLater);
    }

    /** @param uiThread runs a snapshot step on the UI thread ({@link Platform#runLater}; a test may watch it) */
    static Map<String, byte[]> render(Unit unit, Catalog catalog, Messages messages, int width, int height,
                                      DoubleConsumer progress, Executor uiThread) {
        ChartData data = ChartData.of(unit, catalog, messages);
        List<Planned> charts = new ArrayList<>();
        for (Pie pie : data.pies()) {
            charts.add(new Planned(pie.id(), () -> ChartNodes.pie(pie, messages),
                    height + ChartNodes.extraHeight(pie)));
        }
        for (Bars bars : data.bars()) {
            charts.add(new Planned(bars.id(), () -> ChartNodes.bars(bars, messages),
                    height + ChartNodes.extraHeight(bars)));
        }
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (Planned planned : charts) {
            Parent chart = laidOut(planned.node().get(), width, planned.height());
            images.put(planned.id(), PngImages.encode(onUiThread(() -> PngImages.image(chart), uiThread)));
            progress.accept(images.size() / (double) charts.size());
        }
        return images;
    }

    /**
     * A chart in a scene of its own, with the CJK font the workbench's root sets, styled and laid out: on any
     * thread, as JavaFX allows for nodes in no showing window.
     */
    private static Parent laidOut(Node chart, double width, double height) {
        StackPane root = new StackPane(chart);
        root.setStyle(CjkFont.rootStyle() + " -fx-background-color: white; -fx-padding: 8;");
        new Scene(root, width, height);
        root.applyCss();
        root.layout();
        return root;
    }

    /** Runs a step on the UI thread and waits for its result; on the UI thread, runs it at once. */
    private static <T> T onUiThread(Supplier<T> step, Executor uiThread) {
        if (Platform.isFxApplicationThread()) {
            return step.get();
        }
        FutureTask<T> task = new FutureTask<>(step::get);
        uiThread.execute(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the charts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the charts could not be drawn", e.getCause());
        }
    }

    private static void startToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit runs already: the usual case inside the workbench
        }
    }
}
