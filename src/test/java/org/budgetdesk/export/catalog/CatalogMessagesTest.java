package org.budgetdesk.export.catalog;

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
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.catalog.CodeSource;
import org.budgetdesk.catalog.importing.ImportLayout;
import org.budgetdesk.catalog.importing.SkipReason;
import org.junit.jupiter.api.Test;

/** The code-list messages (import, list, custom codes): the same keys in both languages, each used, none missing. */
class CatalogMessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/budgetdesk/i18n");
    private static final Pattern KEY = Pattern.compile("\"((?:catalog|customCode)\\.[A-Za-z.]*[A-Za-z])\"");
    private static final Set<String> PREFIXES = Set.of("catalog.", "customCode.", "SkipReason.", "CodeSource.");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> ours(Properties properties) {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (PREFIXES.stream().anyMatch(key::startsWith) || key.equals("menu.tools.importCatalog")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Set<String> used() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/budgetdesk"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")
                    && !path.toString().contains("/check/")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.add("menu.tools.importCatalog");
        for (CodeKind kind : CodeKind.values()) {
            used.add("catalog.kind." + kind.name());
            used.add("customCode.header." + kind.name());
            for (CodeLevel level : CodeLevel.values()) {
                if (level.appliesTo(kind)) {
                    used.add("catalog.level." + kind.name() + "." + level.name());
                }
            }
        }
        for (ImportLayout.Kind layout : ImportLayout.Kind.values()) {
            used.add("catalog.import.layout." + layout.name());
        }
        for (CodeListFileException.Kind kind : CodeListFileException.Kind.values()) {
            used.add("catalog.file." + kind.name());
        }
        for (SkipReason reason : SkipReason.values()) {
            used.add("SkipReason." + reason.name());
        }
        for (CodeSource source : CodeSource.values()) {
            used.add("CodeSource." + source.name());
        }
        return used;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(ours(load("messages_zh_CN.properties"))).isEqualTo(ours(load("messages.properties")));
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> used = used();
        assertThat(used).hasSizeGreaterThan(80);
        assertThat(ours(load("messages_zh_CN.properties"))).isEqualTo(used);
    }

    @Test
    void englishApostrophesAreDoubledForMessageFormat() throws IOException {
        Properties english = load("messages.properties");
        for (String key : ours(english)) {
            assertThat(english.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
        }
    }
}
