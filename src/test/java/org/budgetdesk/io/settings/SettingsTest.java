package org.budgetdesk.io.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.settings.Settings.WindowBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path folder;

    @Test
    void defaultsAreChineseInWanYuanWithNoWindowNoRecentFilesNoFolder() {
        Settings settings = Settings.defaults();

        assertThat(settings.language()).isEqualTo("zh-CN");
        assertThat(settings.displayUnit()).isEqualTo(DisplayUnit.WAN_YUAN);
        assertThat(settings.window()).isNull();
        assertThat(settings.maximized()).isFalse();
        assertThat(settings.recentFiles()).isEmpty();
        assertThat(settings.lastFolder()).isNull();
    }

    @Test
    void recentFileGoesFirstWithoutDuplicate() {
        Path a = folder.resolve("a.budget");
        Path b = folder.resolve("b.budget");

        Settings settings = Settings.defaults().withRecentFile(a).withRecentFile(b).withRecentFile(a);

        assertThat(settings.recentFiles()).containsExactly(a, b);
    }

    @Test
    void recentFilesAreNormalisedAbsolutePathsSoSpellingsOfOneFileCountOnce() {
        Path file = folder.resolve("a.budget");
        Path otherSpelling = folder.resolve("sub/../a.budget");

        Settings settings = Settings.defaults().withRecentFile(file).withRecentFile(otherSpelling)
                .withRecentFile(Path.of("relative.budget"));

        assertThat(settings.recentFiles()).containsExactly(Path.of("relative.budget").toAbsolutePath(), file);
        assertThat(settings.recentFiles()).allMatch(Path::isAbsolute);
    }

    @Test
    void recentFilesKeepTheTenMostRecent() {
        Settings settings = Settings.defaults();
        List<Path> opened = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path file = folder.resolve("project-" + i + ".budget");
            opened.add(0, file);
            settings = settings.withRecentFile(file);
        }

        assertThat(settings.recentFiles()).hasSize(Settings.MAX_RECENT_FILES).containsExactlyElementsOf(
                IntStream.range(0, 10).mapToObj(opened::get).toList());
    }

    @Test
    void withoutRecentFileRemovesItUnderAnySpelling() {
        Path a = folder.resolve("a.budget");
        Path b = folder.resolve("b.budget");
        Settings settings = Settings.defaults().withRecentFile(a).withRecentFile(b);

        assertThat(settings.withoutRecentFile(folder.resolve("x/../a.budget")).recentFiles()).containsExactly(b);
        assertThat(settings.withoutRecentFile(folder.resolve("never.budget")).recentFiles()).containsExactly(b, a);
    }

    @Test
    void unknownLanguageMissingUnitAndImpossibleBoundsFallBackToDefaults() {
        Settings settings = new Settings(new WindowBounds(0, 0, -5, 600), true, null, "fr", null, null, null);

        assertThat(settings.language()).isEqualTo("zh-CN");
        assertThat(settings.displayUnit()).isEqualTo(DisplayUnit.WAN_YUAN);
        assertThat(settings.window()).isNull();
        assertThat(settings.recentFiles()).isEmpty();
        assertThat(new WindowBounds(Double.NaN, 0, 800, 600).isUsable()).isFalse();
    }

    @Test
    void withersChangeOneValueAndKeepTheOthers() {
        WindowBounds bounds = new WindowBounds(10, 20, 1280, 720);
        Settings settings = Settings.defaults().withRecentFile(folder.resolve("a.budget"))
                .withWindow(bounds, true).withLanguage("en").withDisplayUnit(DisplayUnit.YUAN)
                .withLastFolder(folder);

        assertThat(settings.window()).isEqualTo(bounds);
        assertThat(settings.maximized()).isTrue();
        assertThat(settings.language()).isEqualTo("en");
        assertThat(settings.displayUnit()).isEqualTo(DisplayUnit.YUAN);
        assertThat(settings.lastFolder()).isEqualTo(folder);
        assertThat(settings.recentFiles()).containsExactly(folder.resolve("a.budget"));
    }
}
