package org.budgetdesk.readiness;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.narrative.Placeholder;

/**
 * Where the text each explanation placeholder asks for is entered, from {@code placeholder-fields.properties}: the
 * tab and the field, and the fields whose missing reason N9 already reports.
 */
final class PlaceholderFields {
    /**
     * One placeholder's place.
     *
     * @param section the tab
     * @param fields  the field the text is entered in, then any other fields that ask for the same text
     */
    record Place(DisclosureSection section, List<String> fields) {
        String field() {
            return fields.get(0);
        }
    }

    private static final Map<String, Place> PLACES = load();

    private PlaceholderFields() {
    }

    /**
     * The place of a placeholder: a template's {@code missing.*} key as the file lists it, or {@code figure.KEY} or
     * {@code figure.KEY.reason} for a figure of the schema (on its own tab); empty for a key neither knows.
     */
    static Optional<Place> of(String key) {
        if (key.startsWith(Placeholder.FIGURE_KEY)) {
            String field = key.substring(Placeholder.FIGURE_KEY.length());
            Figure figure = FigureSchema.current().figure(field.replaceFirst("\\.reason$", ""));
            return Optional.ofNullable(figure).map(found -> new Place(found.section(), List.of(field)));
        }
        return Optional.ofNullable(PLACES.get(key));
    }

    private static Map<String, Place> load() {
        Properties properties = new Properties();
        try (InputStream in = PlaceholderFields.class.getResourceAsStream("placeholder-fields.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Place> places = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            List<String> words = Arrays.asList(properties.getProperty(key).trim().split("\\s+"));
            places.put(key, new Place(DisclosureSection.valueOf(words.get(0)),
                    List.copyOf(words.subList(1, words.size()))));
        }
        return Map.copyOf(places);
    }
}
