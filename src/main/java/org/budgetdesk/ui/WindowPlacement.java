package org.budgetdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.budgetdesk.io.settings.Settings;

/**
 * Where the main window opens. The bounds it had when it last closed, when its title bar can still be reached on
 * one of the screens (a laptop taken off its docking station loses the monitor the window was on); else the
 * default size, centred, or the whole primary screen when the default does not fit (1366×768 office screens, or a
 * 1920×1080 screen at 150% scale, which is 1280×720 for the program).
 *
 * @param bounds    where to put the window, or null to leave JavaFX's default (the scene's size, centred)
 * @param maximized whether to maximize it
 */
record WindowPlacement(Rectangle2D bounds, boolean maximized) {
    /** The window's default size with its frame and title bar: the scene is 1280×760. */
    static final double DEFAULT_WIDTH = 1296;
    static final double DEFAULT_HEIGHT = 800;
    /** How much of the title bar must lie on a screen for the user to grab it. */
    private static final double GRIP_WIDTH = 120;
    private static final double GRIP_HEIGHT = 24;

    /**
     * @param saved   the bounds saved at the last close, or null
     * @param screens the visual bounds of every screen (without task bars), the primary first
     */
    static WindowPlacement choose(Settings.WindowBounds saved, boolean savedMaximized, List<Rectangle2D> screens) {
        if (saved != null && saved.isUsable() && titleBarReachable(saved, screens)) {
            return new WindowPlacement(new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height()),
                    savedMaximized);
        }
        Rectangle2D primary = screens.get(0);
        if (primary.getWidth() < DEFAULT_WIDTH || primary.getHeight() < DEFAULT_HEIGHT) {
            return new WindowPlacement(primary, true);
        }
        // First start on a large screen: maximized, as wide tables want; restoring gives the default size, centred.
        return new WindowPlacement(new Rectangle2D(
                primary.getMinX() + Math.floor((primary.getWidth() - DEFAULT_WIDTH) / 2),
                primary.getMinY() + Math.floor((primary.getHeight() - DEFAULT_HEIGHT) / 2),
                DEFAULT_WIDTH, DEFAULT_HEIGHT), true);
    }

    /** The visual bounds of the screens there are now, the primary first. */
    static List<Rectangle2D> screens() {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(screen -> !screen.equals(Screen.getPrimary()))
                .forEach(screen -> screens.add(screen.getVisualBounds()));
        return screens;
    }

    /** Puts the window there. */
    void applyTo(Stage stage) {
        if (bounds != null) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        }
        stage.setMaximized(maximized);
    }

    private static boolean titleBarReachable(Settings.WindowBounds saved, List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(saved.x(), saved.y(), saved.width(), GRIP_HEIGHT);
        for (Rectangle2D screen : screens) {
            double left = Math.max(titleBar.getMinX(), screen.getMinX());
            double right = Math.min(titleBar.getMaxX(), screen.getMaxX());
            double top = Math.max(titleBar.getMinY(), screen.getMinY());
            double bottom = Math.min(titleBar.getMaxY(), screen.getMaxY());
            if (right - left >= GRIP_WIDTH && bottom - top >= GRIP_HEIGHT) {
                return true;
            }
        }
        return false;
    }
}
