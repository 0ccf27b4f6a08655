package org.budgetdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At start the workbench opens the named file, else the last project that still exists, else the sample. */
class AppStartFileTest {
    @TempDir
    Path folder;

    @Test
    void theLastProjectThatStillExistsIsOpenedWhenNoFileIsNamed() throws IOException {
        Path gone = folder.resolve("已删除.budget");
        Path last = Files.writeString(folder.resolve("上次.budget"), "{}");

        assertThat(App.fileToOpen(List.of(), List.of(gone, last))).isEqualTo(last);
        assertThat(App.fileToOpen(List.of("命令行.budget"), List.of(last))).isEqualTo(Path.of("命令行.budget"));
        assertThat(App.fileToOpen(List.of(), List.of(gone))).as("none left: the sample").isNull();
    }
}
