package org.budgetdesk;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the workbench can have a window. On Windows and macOS there is always a desktop; elsewhere (X11, Wayland)
 * the environment names the display, and without one JavaFX would fail with a stack trace ("Unable to open
 * DISPLAY"), so the launcher says so and exits instead. The headless Monocle platform (tests) needs none.
 */
final class Display {
    private Display() {
    }

    /** For this process. */
    static boolean available() {
        return available(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    static boolean available(String osName, Map<String, String> environment, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
