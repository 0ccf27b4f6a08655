package org.budgetdesk.ui.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.charts.ChartData.Bars;
import org.budgetdesk.ui.charts.ChartData.Pie;
import org.budgetdesk.ui.common.CjkFont;

/**
 * The charts of a unit drawn offscreen as PNG images, e.g. for the appendix of the .docx explanation. Works from any
 * thread: the drawing runs on the JavaFX thread (started if need be; under a display, or Monocle in tests).
 */
public final class ChartImages {
    private ChartImages() {
    }

    /**
     * Every chart of {@link ChartData}, in display order, by id ({@link ChartData#FUNCTIONAL_BY_CLASS}, …), each a
     * PNG {@code width} pixels wide and {@code height} high (taller for a pie of more than four parts or more than
     * three pairs of bars, so that every legend row and bar stays readable), on white with the chart's title; an
     * empty chart shows “无数据”.
     * The chart's title is also {@code messages.get("charts." + id)}.
     */
    public static Map<String, byte[]> render(Unit unit, Catalog catalog, Messages messages, int width, int height) {
        if (Platform.isFxApplicationThread()) {
            return renderHere(unit, catalog, messages, width, height);
        }
        startToolkit();
        FutureTask<Map<String, byte[]>> task = new FutureTask<>(() -> renderHere(unit, catalog, messages, width,
                height));
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the charts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the charts could not be drawn", e.getCause());
        }
    }

    private static Map<String, byte[]> renderHere(Unit unit, Catalog catalog, Messages messages, int width,
                                                  int height) {
        ChartData data = ChartData.of(unit, catalog, messages);
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (Pie pie : data.pies()) {
            images.put(pie.id(), draw(ChartNodes.pie(pie, messages), width, height + ChartNodes.extraHeight(pie)));
        }
        for (Bars bars : data.bars()) {
            images.put(bars.id(), draw(ChartNodes.bars(bars, messages), width, height + ChartNodes.extraHeight(bars)));
        }
        return images;
    }

    /** Lays a chart out in a scene of its own, with the CJK font the workbench's root sets, and snapshots it. */
    private static byte[] draw(Node chart, double width, double height) {
        StackPane root = new StackPane(chart);
        root.setStyle(CjkFont.rootStyle() + " -fx-background-color: white; -fx-padding: 8;");
        Scene scene = new Scene(root, width, height);
        root.applyCss();
        root.layout();
        return PngImages.snapshot(scene.getRoot());
    }

    private static void startToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit runs already: the usual case inside the workbench
        }
    }
}
