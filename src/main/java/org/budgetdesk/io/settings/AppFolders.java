package org.budgetdesk.io.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where BudgetDesk keeps its per-user files: settings in one folder, recovery copies and logs in another (the
 * same folder except on Linux and other XDG systems).
 *
 * <table>
 *   <caption>Folders per OS</caption>
 *   <tr><th>OS</th><th>settings</th><th>state (recovery, logs)</th></tr>
 *   <tr><td>Windows</td><td colspan="2">{@code %APPDATA%\BudgetDesk}, else
 *       {@code user.home\AppData\Roaming\BudgetDesk}</td></tr>
 *   <tr><td>macOS</td><td colspan="2">{@code ~/Library/Application Support/BudgetDesk}</td></tr>
 *   <tr><td>other</td><td>{@code $XDG_CONFIG_HOME/budgetdesk}, else {@code ~/.config/budgetdesk}</td>
 *       <td>{@code $XDG_STATE_HOME/budgetdesk}, else {@code ~/.local/state/budgetdesk}</td></tr>
 * </table>
 *
 * <p>One folder for everything instead, when the system property {@value #HOME_PROPERTY} or the environment variable
 * {@value #HOME_VARIABLE} names one (the property wins): tests, CI and a portable install use it to start from a
 * fresh folder.
 *
 * <p>Nothing is created here; the stores create their folders when they first write. Tests build an instance on a
 * temporary folder with the constructor, or use {@link #of} with a made-up OS and environment.
 *
 * @param settingsFolder the folder of {@code settings.json}
 * @param stateFolder the folder holding {@link #recoveryFolder()} and {@link #logFolder()}
 */
public record AppFolders(Path settingsFolder, Path stateFolder) {
    /** The folder name on Windows and macOS. */
    public static final String NAME = "BudgetDesk";
    /** The folder name under the XDG base folders. */
    public static final String XDG_NAME = "budgetdesk";

    /** The system property that puts every per-user file into one folder. */
    public static final String HOME_PROPERTY = "budgetdesk.home";
    /** The environment variable that does the same, when the property is not set. */
    public static final String HOME_VARIABLE = "BUDGETDESK_HOME";

    public AppFolders {
        Objects.requireNonNull(settingsFolder, "settingsFolder");
        Objects.requireNonNull(stateFolder, "stateFolder");
    }

    /** The folders of the user running this program. */
    public static AppFolders forCurrentUser() {
        Path home = home(System.getProperty(HOME_PROPERTY), System.getenv());
        if (home != null) {
            return new AppFolders(home, home);
        }
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The one folder named by the {@value #HOME_PROPERTY} property (given here) or else the {@value #HOME_VARIABLE}
     * variable of the environment, made absolute; null when neither names a folder.
     */
    static Path home(String property, Map<String, String> environment) {
        Path path = parse(property);
        if (path == null) {
            path = parse(environment.get(HOME_VARIABLE));
        }
        return path == null ? null : path.toAbsolutePath();
    }

    /**
     * The folders for a given OS, environment and home folder.
     *
     * @param osName the {@code os.name} system property, e.g. {@code "Windows 11"}, {@code "Mac OS X"}, {@code "Linux"}
     * @param environment the environment variables ({@code APPDATA}, {@code XDG_CONFIG_HOME}, {@code XDG_STATE_HOME})
     * @param userHome the {@code user.home} system property
     */
    public static AppFolders of(String osName, Map<String, String> environment, Path userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = parse(environment.get("APPDATA"));
            Path folder = (roaming == null ? userHome.resolve("AppData").resolve("Roaming") : roaming).resolve(NAME);
            return new AppFolders(folder, folder);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            Path folder = userHome.resolve("Library").resolve("Application Support").resolve(NAME);
            return new AppFolders(folder, folder);
        }
        Path config = xdg(environment.get("XDG_CONFIG_HOME"), userHome.resolve(".config"));
        Path state = xdg(environment.get("XDG_STATE_HOME"), userHome.resolve(".local").resolve("state"));
        return new AppFolders(config.resolve(XDG_NAME), state.resolve(XDG_NAME));
    }

    /** {@code settings.json} in the settings folder. */
    public Path settingsFile() {
        return settingsFolder.resolve(SettingsStore.FILE_NAME);
    }

    /** The folder of recovery copies of unsaved projects. */
    public Path recoveryFolder() {
        return stateFolder.resolve("recovery");
    }

    /** The folder of the code lists the user imported ({@code 工具 → 导入科目表…}, {@code catalog import}). */
    public Path catalogFolder() {
        return settingsFolder.resolve("catalogs");
    }

    /** The folder of log files. */
    public Path logFolder() {
        return stateFolder.resolve("logs");
    }

    /** An XDG base folder: the variable when it is an absolute path (the spec says to ignore relative ones). */
    private static Path xdg(String value, Path fallback) {
        Path path = parse(value);
        return path != null && path.isAbsolute() ? path : fallback;
    }

    /** The path in an environment variable, or null when it is unset, blank or not a path. */
    private static Path parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
