package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void writeCreatesMissingFoldersAndLeavesOnlyTheTarget() throws IOException {
        Path target = folder.resolve("a/b/settings.json");

        AtomicFiles.write(target, bytes("first"));

        assertThat(Files.readString(target)).isEqualTo("first");
        assertThat(names(target.getParent())).containsExactly("settings.json");
    }

    @Test
    void writeReplacesExistingContent() throws IOException {
        Path target = folder.resolve("settings.json");
        AtomicFiles.write(target, bytes("a much longer first content"));

        AtomicFiles.write(target, bytes("short"));

        assertThat(Files.readString(target)).isEqualTo("short");
        assertThat(names(folder)).containsExactly("settings.json");
    }

    @Test
    void failedWriteLeavesTheFolderAsItWas() throws IOException {
        Path target = folder.resolve("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "x");

        assertThatThrownBy(() -> AtomicFiles.write(target, bytes("new"))).isInstanceOf(IOException.class);

        assertThat(names(folder)).containsExactly("taken");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
