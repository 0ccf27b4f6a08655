package org.budgetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The audit's messages: the same keys in both bundles, every key the code names present, and one per kind. */
class AuditMessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/budgetdesk/i18n");
    private static final Pattern KEY = Pattern.compile("\"(audit\\.[A-Za-z.]*[A-Za-z])\"");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> auditKeys(Properties properties) {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("audit.") || key.startsWith("FindingKind.") || key.equals("menu.tools.audit")) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    void bothBundlesHaveTheSameAuditKeys() throws IOException {
        assertThat(auditKeys(load("messages_zh_CN.properties"))).isEqualTo(auditKeys(load("messages.properties")));
    }

    @Test
    void everyKeyTheCodeNamesAndEveryKindExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String folder : new String[] {"audit", "cli", "ui/audit"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/budgetdesk", folder))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        for (FindingKind kind : FindingKind.values()) {
            used.add("FindingKind." + kind.name());
            used.add("audit.kind." + kind.name());
        }
        used.removeIf(key -> key.equals("audit.kind."));
        assertThat(used).hasSizeGreaterThan(25);
        assertThat(auditKeys(load("messages.properties"))).containsAll(used);
        assertThat(auditKeys(load("messages_zh_CN.properties"))).containsAll(used);
    }

    @Test
    void englishApostrophesAreDoubled() throws IOException {
        Properties english = load("messages.properties");
        for (String key : auditKeys(english)) {
            assertThat(english.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
        }
    }
}
