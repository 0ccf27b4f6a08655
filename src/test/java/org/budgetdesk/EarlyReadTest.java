package org.budgetdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.budgetdesk.io.ProjectFileException;
import org.budgetdesk.io.ProjectFiles;
import org.budgetdesk.io.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project read ahead at start is used only when its file is unchanged since, and only once. */
class EarlyReadTest {
    @TempDir
    Path folder;

    @Test
    void givesTheDepartmentReadAheadWhenTheFileIsUnchanged() throws Exception {
        Path file = project("甲单位");
        FileTime time = Files.getLastModifiedTime(file);
        EarlyRead read = EarlyRead.start(file);
        waitFor(read);
        overwriteKeepingSize(file, "甲单位", "乙单位", time);

        assertThat(read.read(file).name().get()).isEqualTo("甲单位");
    }

    @Test
    void readsAgainWhenTheFileChangedSinceTheReadBegan() throws Exception {
        Path file = project("甲单位");
        EarlyRead read = EarlyRead.start(file);
        waitFor(read);
        overwriteKeepingSize(file, "甲单位", "乙单位", FileTime.fromMillis(0));

        assertThat(read.read(file).name().get()).isEqualTo("乙单位");
    }

    @Test
    void isUsedOnceThenReadsTheFileAsItIsNow() throws Exception {
        Path file = project("甲单位");
        FileTime time = Files.getLastModifiedTime(file);
        EarlyRead read = EarlyRead.start(file);
        assertThat(read.read(file).name().get()).isEqualTo("甲单位");
        overwriteKeepingSize(file, "甲单位", "乙单位", time);

        assertThat(read.read(file).name().get()).isEqualTo("乙单位");
    }

    @Test
    void aFailedReadIsRepeatedSoTheFileAsItIsNowDecides() throws Exception {
        Path file = folder.resolve("later.budget");
        EarlyRead read = EarlyRead.start(file);
        waitFor(read);
        assertThatThrownBy(() -> new ProjectFiles().load(file)).isInstanceOf(ProjectFileException.class);
        Files.write(file, SampleProject.bytes());

        assertThat(read.read(file).name().get()).isEqualTo(SampleProject.load().name().get());
    }

    @Test
    void anotherFileIsReadAsAnyFile() throws Exception {
        Path first = project("甲单位");
        Path second = folder.resolve("second.budget");
        Files.write(second, SampleProject.bytes());
        EarlyRead read = EarlyRead.start(first);

        assertThat(read.read(second).name().get()).isEqualTo(SampleProject.load().name().get());
    }

    @Test
    void theReadStartedAtLaunchIsTakenOnce() {
        EarlyRead.atLaunch(folder.resolve("x.budget").toString());

        assertThat(EarlyRead.takeLaunched()).isNotNull();
        assertThat(EarlyRead.takeLaunched()).isNull();
    }

    /** A copy of the sample whose department is called {@code name}. */
    private Path project(String name) throws Exception {
        Path file = folder.resolve("project.budget");
        Files.write(file, renamed(SampleProject.bytes(), SampleProject.load().name().get(), name));
        return file;
    }

    /** Renames the department in the file to a name of as many bytes, and sets the file's time. */
    private static void overwriteKeepingSize(Path file, String before, String after, FileTime time) throws Exception {
        byte[] content = Files.readAllBytes(file);
        byte[] changed = renamed(content, before, after);
        assertThat(changed).hasSameSizeAs(content).isNotEqualTo(content);
        Files.write(file, changed);
        Files.setLastModifiedTime(file, time);
    }

    private static byte[] renamed(byte[] content, String before, String after) {
        String text = new String(content, StandardCharsets.UTF_8);
        String field = "\"department\": \"";
        assertThat(text).contains(field + before + "\"");
        return text.replace(field + before + "\"", field + after + "\"").getBytes(StandardCharsets.UTF_8);
    }

    private static void waitFor(EarlyRead read) throws InterruptedException {
        for (int i = 0; i < 500 && !read.isDone(); i++) {
            Thread.sleep(20);
        }
        assertThat(read.isDone()).isTrue();
    }
}
