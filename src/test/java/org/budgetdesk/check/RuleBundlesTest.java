package org.budgetdesk.check;

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
import org.budgetdesk.model.FundingSource;
import org.junit.jupiter.api.Test;

/** The rule message bundles: the same keys in both languages, every key the rules use, MessageFormat-safe English. */
class RuleBundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/budgetdesk/check");
    private static final Pattern KEY = Pattern.compile(
            "\"((?:X\\d+|N\\d|P\\d|residue|term|column|figure|source|parts|name|rate|catalog|text)\\.[A-Za-z.]*[A-Za-z])\"");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("rules_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("rules.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheRulesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/budgetdesk/check"))) {
            for (Path file : files.toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (FundingSource source : FundingSource.values()) {
            used.add("source." + source.name());
        }
        for (CodeKind kind : CodeKind.values()) {
            used.add("catalog." + kind.name());
        }
        for (String part : new String[] {"overseasTravel", "reception", "vehiclePurchase", "vehicleOperation"}) {
            used.add("figure." + part);
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(load("rules.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("rules_zh_CN.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyTemplateFillsAsMessageFormatWould() throws IOException {
        String[] arguments = {"a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"};
        for (String file : new String[] {"rules.properties", "rules_zh_CN.properties"}) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                assertThat(Template.parse(pattern).fill(arguments)).as(file + " " + key)
                        .isEqualTo(new java.text.MessageFormat(pattern, java.util.Locale.ROOT).format(arguments));
            }
        }
    }

    @Test
    void englishApostrophesAreDoubled() throws IOException {
        Properties english = load("rules.properties");
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
        }
    }
}
