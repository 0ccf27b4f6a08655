package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.budgetdesk.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What saving must never do: replace a link, change permissions, overwrite a read-only file, leave debris. */
class SaveSafetyTest {
    @TempDir
    Path folder;
    private final ProjectFiles files = new ProjectFiles();

    @Test
    void saveThroughASymlinkWritesItsTargetAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectory(folder.resolve("real")).resolve("dept.budget");
        files.save(SampleProjects.rich(), real);
        Path link = Files.createSymbolicLink(folder.resolve("link.budget"), real);
        Department changed = SampleProjects.rich();
        changed.name().set("改名后的部门");

        files.save(changed, link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(files.toBytes(changed));
        assertThat(names(folder)).containsExactlyInAnyOrder("link.budget", "real");
        assertThat(names(real.getParent())).containsExactlyInAnyOrder("dept.budget", "dept.budget.bak");
    }

    @Test
    void saveThroughALinkToALinkInARelativeChainReachesTheFile() throws Exception {
        Path real = folder.resolve("dept.budget");
        files.save(SampleProjects.rich(), real);
        Path first = Files.createSymbolicLink(folder.resolve("first.budget"), Path.of("dept.budget"));
        Path second = Files.createSymbolicLink(folder.resolve("second.budget"), Path.of("first.budget"));

        files.save(SampleProjects.rich(), second);

        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.isSymbolicLink(second)).isTrue();
        assertThat(names(folder)).containsExactlyInAnyOrder("dept.budget", "dept.budget.bak", "first.budget",
                "second.budget");
    }

    @Test
    void saveThroughALinkToAFileNotYetThereCreatesTheFileAndKeepsTheLink() throws Exception {
        Path real = folder.resolve("later.budget");
        Path link = Files.createSymbolicLink(folder.resolve("link.budget"), real);

        files.save(SampleProjects.rich(), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(files.toBytes(SampleProjects.rich()));
    }

    @Test
    void saveKeepsTheFilePermissions() throws Exception {
        Path file = folder.resolve("dept.budget");
        files.save(SampleProjects.rich(), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        files.save(SampleProjects.rich(), file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("dept.budget.bak"))))
                .isEqualTo("rw-------");
    }

    @Test
    void saveOverAReadOnlyFileIsRefusedWithAMessageSayingSo() throws Exception {
        Path file = folder.resolve("dept.budget");
        files.save(SampleProjects.rich(), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        Department changed = SampleProjects.rich();
        changed.name().set("改名后的部门");

        assertThatThrownBy(() -> files.save(changed, file))
                .isInstanceOfSatisfying(OutputRefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OutputRefusedException.Kind.READ_ONLY);
                    assertThat(e.message(Locale.ENGLISH)).contains("read-only").contains("dept.budget");
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("只读").contains("dept.budget");
                });

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(names(folder)).containsExactly("dept.budget");
    }

    @Test
    void backupIsCompletedBesideItAndRenamedIntoPlace() throws Exception {
        Path file = folder.resolve("dept.budget");
        Path bak = folder.resolve("dept.budget.bak");
        Files.writeString(file, "first");
        files.save(SampleProjects.rich(), file);
        byte[] second = Files.readAllBytes(file);
        List<String> moves = new ArrayList<>();
        ProjectWriter watching = new ProjectWriter((temporary, target) -> {
            moves.add(target.getFileName().toString());
            if (target.equals(bak)) {
                assertThat(temporary.getFileName().toString()).matches("\\.dept\\.budget\\.bak\\.[0-9a-f]{16}\\.tmp");
                assertThat(Files.readAllBytes(temporary)).isEqualTo(second);
                assertThat(Files.readString(bak)).isEqualTo("first");
            }
            AtomicFiles.replace(temporary, target);
        });

        watching.save(SampleProjects.rich(), file);

        assertThat(moves).containsExactly("dept.budget.bak", "dept.budget");
        assertThat(Files.readAllBytes(bak)).isEqualTo(second);
    }

    @Test
    void failedBackupLeavesTheOldBackupTheFileAndNoTemporaryFiles() throws Exception {
        Path file = folder.resolve("dept.budget");
        Path bak = folder.resolve("dept.budget.bak");
        Files.writeString(file, "first");
        files.save(SampleProjects.rich(), file);
        byte[] second = Files.readAllBytes(file);
        ProjectWriter crashing = new ProjectWriter((temporary, target) -> {
            throw new IOException("simulated failure at " + target.getFileName());
        });

        assertThatThrownBy(() -> crashing.save(SampleProjects.rich(), file)).isInstanceOf(IOException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(second);
        assertThat(Files.readString(bak)).isEqualTo("first");
        assertThat(names(folder)).containsExactlyInAnyOrder("dept.budget", "dept.budget.bak");
    }

    @Test
    void staleTemporaryFilesOfOursAreRemovedWhenAProjectIsSavedOrOpened() throws Exception {
        Path file = folder.resolve("dept.budget");
        files.save(SampleProjects.rich(), file);
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        Path staleOwn = temporary(".dept.budget.0123456789abcdef.tmp", twoDaysAgo);
        Path staleOther = temporary(".其他.budget.bak.fedcba9876543210.tmp", twoDaysAgo);
        temporary(".dept.budget.00000000000000aa.tmp", Instant.now().minus(Duration.ofHours(2)));
        temporary(".notes.txt.0123456789abcdef.tmp", twoDaysAgo);
        temporary("dept.budget.0123456789abcdef.tmp", twoDaysAgo);

        files.save(SampleProjects.rich(), file);

        assertThat(staleOwn).doesNotExist();
        assertThat(staleOther).doesNotExist();
        assertThat(names(folder)).containsExactlyInAnyOrder("dept.budget", "dept.budget.bak",
                ".dept.budget.00000000000000aa.tmp", ".notes.txt.0123456789abcdef.tmp",
                "dept.budget.0123456789abcdef.tmp");

        Path again = temporary(".dept.budget.0123456789abcdef.tmp", twoDaysAgo);
        files.load(file);
        assertThat(again).doesNotExist();
    }

    private Path temporary(String name, Instant modified) throws IOException {
        Path path = Files.writeString(folder.resolve(name), "{\"formatVersion\": 2, ");
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return path;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
