package org.budgetdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each bundle's two files hold the same keys, read as files: a lookup falls back from Chinese to the base file, so
 * a key missing in Chinese would show English in a Chinese interface without any lookup failing.
 */
class BundleFilesTest {

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
}
