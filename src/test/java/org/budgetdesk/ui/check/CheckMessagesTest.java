package org.budgetdesk.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdesk.check.Severity;
import org.budgetdesk.model.DisclosureSection;
import org.junit.jupiter.api.Test;

/** The checks panel's and command's messages: in both bundles, every key used, MessageFormat-safe English. */
class CheckMessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/budgetdesk/i18n");
    private static final Pattern KEY = Pattern.compile("\"(check\\.[A-Za-z.]*[A-Za-z])\"");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> checkKeys(Properties properties) {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("check.") || key.startsWith("Severity.") || key.startsWith("DisclosureSection.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    void bothBundlesHaveEveryKeyTheChecksUse() throws IOException {
        Set<String> used = new TreeSet<>();
        List<Path> sources = new java.util.ArrayList<>();
        try (var files = Files.list(Path.of("src/main/java/org/budgetdesk/ui/check"))) {
            sources.addAll(files.toList());
        }
        sources.add(Path.of("src/main/java/org/budgetdesk/cli/CheckCommand.java"));
        sources.add(Path.of("src/main/java/org/budgetdesk/cli/CheckText.java"));
        for (Path file : sources) {
            Matcher matcher = KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        for (Severity severity : Severity.values()) {
            used.add("Severity." + severity.name());
        }
        for (DisclosureSection section : DisclosureSection.values()) {
            used.add("DisclosureSection." + section.name());
        }
        assertThat(used).hasSizeGreaterThan(20);
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(checkKeys(chinese)).isEqualTo(checkKeys(english)).containsAll(used);
        for (String key : checkKeys(english)) {
            assertThat(english.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
        }
    }
}
