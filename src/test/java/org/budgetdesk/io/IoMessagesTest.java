package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The io bundles: the same keys in Chinese and English, and a message for every kind of refusal. */
class IoMessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/budgetdesk/io");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKindOfProblemHasAMessage() throws IOException {
        Properties english = load("messages.properties");
        for (ProjectFileException.Kind kind : ProjectFileException.Kind.values()) {
            assertThat(english).containsKey("file.error." + kind.name());
        }
        for (OutputRefusedException.Kind kind : OutputRefusedException.Kind.values()) {
            assertThat(english).containsKey("output.error." + kind.name());
        }
    }
}
