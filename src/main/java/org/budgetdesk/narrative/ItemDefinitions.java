package org.budgetdesk.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/** What each functional 项 covers, for 名词解释: {@code item-definitions.properties}, keyed by the 7-digit code. */
final class ItemDefinitions {
    private static final String RESOURCE = "item-definitions.properties";
    private static final Properties DEFINITIONS = load();

    private ItemDefinitions() {
    }

    /** The definition of a 项 code (反映…), if one is written down. */
    static Optional<String> of(String itemCode) {
        return Optional.ofNullable(DEFINITIONS.getProperty(itemCode)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Properties load() {
        Properties properties = new Properties();
        InputStream stream = ItemDefinitions.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("the resource " + RESOURCE + " is missing");
        }
        try (InputStreamReader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
