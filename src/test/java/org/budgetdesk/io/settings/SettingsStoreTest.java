package org.budgetdesk.io.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.io.settings.Settings.WindowBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void missingFileGivesDefaultsAndCreatesNothing() throws IOException {
        SettingsStore store = new SettingsStore(folder.resolve("not-yet"));

        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(names(folder)).isEmpty();
    }

    @Test
    void savedSettingsLoadBackEqual() throws IOException {
        SettingsStore store = new SettingsStore(folder.resolve("config/budgetdesk"));
        Settings settings = Settings.defaults()
                .withWindow(new WindowBounds(-1280.5, 40, 1366, 768), false)
                .withRecentFile(folder.resolve("旧项目.budget")).withRecentFile(folder.resolve("new.budget"))
                .withLanguage("en").withDisplayUnit(DisplayUnit.YUAN).withLastFolder(folder)
                .withExportChoices(java.util.Map.of("format", "xlsx", "folder", folder.resolve("导出").toString()));

        store.save(settings);

        assertThat(new SettingsStore(folder.resolve("config/budgetdesk")).load()).isEqualTo(settings);
        assertThat(names(folder.resolve("config/budgetdesk"))).containsExactly("settings.json");
    }

    @Test
    void savedFileIsReadableJsonWithOneValuePerLine() throws IOException {
        SettingsStore store = new SettingsStore(folder);

        store.save(Settings.defaults().withLanguage("en"));

        String json = Files.readString(store.file());
        assertThat(json).contains("\"formatVersion\": 1", "\"language\": \"en\"", "\"displayUnit\": \"WAN_YUAN\"")
                .doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void corruptFileGivesDefaultsAndIsMovedAside() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        byte[] garbage = "{\"language\": \"en\", \"recentFi".getBytes(StandardCharsets.UTF_8);
        Files.write(store.file(), garbage);

        Settings settings = store.load();

        assertThat(settings).isEqualTo(Settings.defaults());
        assertThat(names(folder)).containsExactly("settings.json.corrupt");
        assertThat(Files.readAllBytes(folder.resolve("settings.json.corrupt"))).isEqualTo(garbage);
    }

    @Test
    void secondCorruptFileReplacesTheFirstOneMovedAside() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), "first garbage");
        store.load();
        Files.writeString(store.file(), "[\"an array, not settings\"]");

        assertThat(store.load()).isEqualTo(Settings.defaults());

        assertThat(names(folder)).containsExactly("settings.json.corrupt");
        assertThat(Files.readString(folder.resolve("settings.json.corrupt"))).contains("an array");
    }

    @Test
    void emptyOrHugeFilesCountAsCorrupt() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.write(store.file(), new byte[0]);
        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(names(folder)).containsExactly("settings.json.corrupt");

        Files.write(store.file(), new byte[SettingsStore.MAX_BYTES + 1]);
        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(names(folder)).containsExactly("settings.json.corrupt");
    }

    @Test
    void badValuesFallBackOneByOneAndTheFileIsKept() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Path kept = folder.resolve("kept.budget");
        Files.writeString(store.file(), """
                {"formatVersion": 7, "language": "en", "displayUnit": "THOUSANDS", "maximized": "yes",
                 "window": {"x": 1, "y": "two", "width": 3, "height": 4},
                 "recentFiles": [42, "relative.budget", null, "%s"], "lastFolder": ["not", "a", "path"],
                 "futureField": {"ignored": true}}
                """.formatted(kept.toString().replace("\\", "\\\\")));

        Settings settings = store.load();

        assertThat(settings.language()).isEqualTo("en");
        assertThat(settings.displayUnit()).isEqualTo(DisplayUnit.WAN_YUAN);
        assertThat(settings.maximized()).isFalse();
        assertThat(settings.window()).isNull();
        assertThat(settings.recentFiles()).containsExactly(kept);
        assertThat(settings.lastFolder()).isNull();
        assertThat(names(folder)).containsExactly("settings.json");
    }

    @Test
    void unreadableSettingsGiveDefaultsWithoutMovingAnything() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.createDirectory(store.file());

        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(names(folder)).containsExactly("settings.json");
    }

    @Test
    void saveReplacesThePreviousSettingsWhole() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Settings many = Settings.defaults();
        for (int i = 0; i < 10; i++) {
            many = many.withRecentFile(folder.resolve("a-rather-long-project-name-" + i + ".budget"));
        }
        store.save(many);

        store.save(Settings.defaults());

        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(names(folder)).containsExactly("settings.json");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
