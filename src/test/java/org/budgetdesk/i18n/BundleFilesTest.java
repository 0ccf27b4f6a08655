package org.budgetdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each bundle's two files hold the same keys, read as files: a lookup falls back from Chinese to the base file, so
 * a key missing in Chinese would show English in a Chinese interface without any lookup failing. The messages
 * bundle holds every key the code looks up, and no key the code never names.
 */
class BundleFilesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** {@code messages.get("key")}, {@code messages.format("key", …)}: a key named whole where it is looked up. */
    private static final Pattern LOOKUP = Pattern.compile("messages\\.(?:get|format)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]++|\\\\.)*+)\"");
    private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)");
    /**
     * Families of keys whose last part is composed where they are looked up from a word of one part, so no
     * literal of two parts names them: {@code "charts." + id}, {@code "place." + section + "." + line},
     * {@code "language." + tag}.
     */
    private static final List<String> COMPOSED_ONE_PART = List.of("charts.", "place.", "language.", "summary.");

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/budgetdesk/i18n/messages", "/org/budgetdesk/check/rules"})
    void theChineseAndTheBaseFileHoldTheSameKeys(String bundle) throws IOException {
        Properties base = load(bundle + ".properties");
        Properties chinese = load(bundle + "_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).as("%s: keys in Chinese", bundle)
                .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyKeyTheCodeLooksUpIsInTheBundle() throws IOException {
        Set<String> looked = matches(LOOKUP, sources());
        Set<String> keys = load("/org/budgetdesk/i18n/messages.properties").stringPropertyNames();

        assertThat(looked).hasSizeGreaterThan(300);
        assertThat(looked).as("keys looked up but missing from messages.properties").isSubsetOf(keys);
    }

    @Test
    void everyKeyInTheBundleIsNamedByTheCode() throws IOException {
        String code = sources();
        Set<String> literals = matches(LITERAL, code);
        Set<String> enums = matches(ENUM, code);
        Set<String> keys = load("/org/budgetdesk/i18n/messages.properties").stringPropertyNames();
        // "input.error." + error, or FIGURE + ".prior" with FIGURE = "import.figure.functional" (not a key itself)
        List<String> prefixes = literals.stream()
                .filter(literal -> literal.indexOf('.') > 0 && literal.indexOf('.') < literal.length() - 1)
                .filter(literal -> !keys.contains(literal))
                .map(literal -> literal.endsWith(".") ? literal : literal + ".")
                .toList();
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            boolean named = literals.contains(key)
                    || enums.contains(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
                    || COMPOSED_ONE_PART.stream().anyMatch(key::startsWith)
                    || prefixes.stream().anyMatch(key::startsWith);
            if (!named) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in messages.properties that no code names").isEmpty();
    }
}
