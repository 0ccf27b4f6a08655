package org.budgetdesk.ui.income;

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
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.model.BasicCostCategory;
import org.junit.jupiter.api.Test;

/** The income and economic tabs' messages: present in both bundles, and safe for MessageFormat in English. */
class TabMessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/budgetdesk/i18n");
    private static final Pattern KEY = Pattern.compile("\"((?:income|economic)\\.[A-Za-z.]*[A-Za-z])\"");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> tabKeys(Properties properties) {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("income.") || key.startsWith("economic.") || key.startsWith("BasicCostCategory.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(tabKeys(load("messages_zh_CN.properties"))).isEqualTo(tabKeys(load("messages.properties")));
    }

    @Test
    void everyKeyTheTabsUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String tab : new String[] {"income", "economic"}) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/org/budgetdesk/ui", tab))) {
                for (Path file : files.toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        for (DisplayUnit unit : DisplayUnit.values()) {
            used.add("economic.check.unit." + unit.name());
        }
        for (BasicCostCategory category : BasicCostCategory.values()) {
            used.add("BasicCostCategory." + category.name());
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(tabKeys(load("messages.properties"))).containsAll(used);
        assertThat(tabKeys(load("messages_zh_CN.properties"))).containsAll(used);
    }

    @Test
    void englishApostrophesAreDoubled() throws IOException {
        Properties english = load("messages.properties");
        for (String key : tabKeys(english)) {
            assertThat(english.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
        }
    }
}
