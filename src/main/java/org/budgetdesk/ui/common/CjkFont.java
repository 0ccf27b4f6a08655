package org.budgetdesk.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * Picks a font family that has Chinese glyphs, per OS, first one installed (TOOLCHAIN.md): without one, every
 * Chinese label is drawn as boxes on a machine whose default font lacks them.
 */
public final class CjkFont {
    private static final List<String> WINDOWS = List.of("Microsoft YaHei UI", "Microsoft YaHei", "SimHei", "SimSun");
    private static final List<String> MAC = List.of("PingFang SC", "Hiragino Sans GB");
    private static final List<String> LINUX = List.of("Noto Sans CJK SC", "WenQuanYi Micro Hei");

    private CjkFont() {
    }

    /** The first preferred family for this OS that is installed, if any. */
    public static Optional<String> family() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return preferred(System.getProperty("os.name", "")).stream().filter(installed::contains).findFirst();
    }

    static List<String> preferred(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return WINDOWS;
        }
        if (os.contains("mac")) {
            return MAC;
        }
        return LINUX;
    }

    /** A CSS rule setting the family on a root node, or an empty string when none is installed. */
    public static String rootStyle() {
        return family().map(name -> "-fx-font-family: '" + name + "';").orElse("");
    }
}
