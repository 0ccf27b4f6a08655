package org.budgetdesk.io.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetdesk.format.DisplayUnit;

/**
 * The user's preferences, as {@link SettingsStore} keeps them. Immutable: change one with a {@code with…} method
 * and save the result. The constructor repairs what it is given instead of refusing it, so a hand-edited file
 * never stops the program: an unknown language becomes {@link #DEFAULT_LANGUAGE}, a missing unit
 * {@link DisplayUnit#WAN_YUAN}, impossible window bounds none, and recent files become normalised absolute paths,
 * most recent first, without duplicates, at most {@link #MAX_RECENT_FILES}.
 *
 * @param window where the main window was when not maximized, or {@code null} when unknown (centre it). The
 *               workbench must still check that the bounds are on a screen that exists now.
 * @param maximized whether the main window was maximized
 * @param recentFiles project files opened recently, most recent first
 * @param language {@code "zh-CN"} or {@code "en"}
 * @param displayUnit the unit amounts are shown in
 * @param lastFolder the folder of the last open or save dialog, or {@code null}
 * @param exportChoices what the export dialog was last answered (format, table set, unit, charts, folder), by
 *                      name; empty before the first export
 */
public record Settings(WindowBounds window, boolean maximized, List<Path> recentFiles, String language,
                       DisplayUnit displayUnit, Path lastFolder, Map<String, String> exportChoices) {
    /** How many recent files are kept. */
    public static final int MAX_RECENT_FILES = 10;
    /** The languages of the user interface. */
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");
    /** The language until the user chooses another. */
    public static final String DEFAULT_LANGUAGE = "zh-CN";

    public Settings {
        if (window != null && !window.isUsable()) {
            window = null;
        }
        recentFiles = normalised(recentFiles);
        if (!LANGUAGES.contains(language)) {
            language = DEFAULT_LANGUAGE;
        }
        if (displayUnit == null) {
            displayUnit = DisplayUnit.WAN_YUAN;
        }
        lastFolder = lastFolder == null ? null : lastFolder.toAbsolutePath().normalize();
        exportChoices = exportChoices == null ? Map.of() : Map.copyOf(exportChoices);
    }

    /** The settings of a first start. */
    public static Settings defaults() {
        return new Settings(null, false, List.of(), DEFAULT_LANGUAGE, DisplayUnit.WAN_YUAN, null, Map.of());
    }

    /** These settings with {@code file} first among the recent files (moved there if it was already listed). */
    public Settings withRecentFile(Path file) {
        List<Path> files = new ArrayList<>(recentFiles.size() + 1);
        files.add(file);
        files.addAll(recentFiles);
        return new Settings(window, maximized, files, language, displayUnit, lastFolder, exportChoices);
    }

    /** These settings without {@code file} among the recent files, e.g. because it no longer exists. */
    public Settings withoutRecentFile(Path file) {
        Path removed = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(recentFiles);
        files.remove(removed);
        return new Settings(window, maximized, files, language, displayUnit, lastFolder, exportChoices);
    }

    /** These settings with the main window's bounds (when not maximized) and state. */
    public Settings withWindow(WindowBounds bounds, boolean isMaximized) {
        return new Settings(bounds, isMaximized, recentFiles, language, displayUnit, lastFolder, exportChoices);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(window, maximized, recentFiles, newLanguage, displayUnit, lastFolder, exportChoices);
    }

    public Settings withDisplayUnit(DisplayUnit unit) {
        return new Settings(window, maximized, recentFiles, language, unit, lastFolder, exportChoices);
    }

    public Settings withLastFolder(Path folder) {
        return new Settings(window, maximized, recentFiles, language, displayUnit, folder, exportChoices);
    }

    /** These settings with the export dialog's last answers. */
    public Settings withExportChoices(Map<String, String> choices) {
        return new Settings(window, maximized, recentFiles, language, displayUnit, lastFolder, choices);
    }

    private static List<Path> normalised(List<Path> files) {
        if (files == null) {
            return List.of();
        }
        Set<Path> unique = new LinkedHashSet<>();
        for (Path file : files) {
            if (file != null && unique.size() < MAX_RECENT_FILES) {
                unique.add(file.toAbsolutePath().normalize());
            }
        }
        return List.copyOf(unique);
    }

    /**
     * The position and size of a window, in the coordinates JavaFX uses.
     *
     * @param x the left edge
     * @param y the top edge
     * @param width the width, more than zero
     * @param height the height, more than zero
     */
    public record WindowBounds(double x, double y, double width, double height) {
        /** True when every value is finite and the size is positive. */
        public boolean isUsable() {
            return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                    && width > 0 && height > 0;
        }
    }
}
