package org.budgetdesk.narrative;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A region's explanation template: the outline ({@code templates/<region>.outline}) and the sentence patterns and
 * settings ({@code templates/<region>.properties}), both UTF-8 resources beside this class. Adding a region is adding
 * those two files. Immutable and shared; each region is read once.
 */
public final class NarrativeTemplate {
    /** The region used when none is named or the named one has no template. */
    public static final String DEFAULT_REGION = "sichuan";
    private static final Map<String, NarrativeTemplate> LOADED = new ConcurrentHashMap<>();

    private final String region;
    private final List<OutlineEntry> outline;
    private final Properties texts;

    private NarrativeTemplate(String region, List<OutlineEntry> outline, Properties texts) {
        this.region = region;
        this.outline = List.copyOf(outline);
        this.texts = texts;
    }

    /** The Sichuan template. */
    public static NarrativeTemplate sichuan() {
        return forRegion(DEFAULT_REGION).orElseThrow();
    }

    /**
     * The template of a region, e.g. "sichuan"; empty when there is none.
     *
     * @throws IllegalStateException when the template's files exist but are malformed
     */
    public static Optional<NarrativeTemplate> forRegion(String region) {
        if (region == null || !region.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        if (NarrativeTemplate.class.getResource(path(region, "outline")) == null) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(region, NarrativeTemplate::read));
    }

    /** The template of a region, or the default region's when it has none. */
    public static NarrativeTemplate forRegionOrDefault(String region) {
        return forRegion(region).orElseGet(NarrativeTemplate::sichuan);
    }

    public String region() {
        return region;
    }

    /** The template's own name, e.g. 四川省部门预算编制的说明. */
    public String name() {
        return text("template.name");
    }

    /** The outline, in reading order. */
    public List<OutlineEntry> outline() {
        return outline;
    }

    /**
     * The pattern of a key.
     *
     * @throws IllegalStateException when the template lacks the key: a template error, named with its file
     */
    public String text(String key) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(path(region, "properties") + " lacks the key " + key);
        }
        return value;
    }

    /** The pattern of a key, if the template has it. */
    public Optional<String> optional(String key) {
        return Optional.ofNullable(texts.getProperty(key));
    }

    /** The patterns {@code prefix.1}, {@code prefix.2}, … up to the first missing number. */
    public List<String> numbered(String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 1; texts.getProperty(prefix + "." + i) != null; i++) {
            values.add(texts.getProperty(prefix + "." + i));
        }
        return values;
    }

    /** An integer setting. */
    public int integer(String key) {
        try {
            return Integer.parseInt(text(key).strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(path(region, "properties") + ": " + key + " is not a whole number", e);
        }
    }

    private static String path(String region, String extension) {
        return "templates/" + region + "." + extension;
    }

    private static NarrativeTemplate read(String region) {
        List<OutlineEntry> outline = new ArrayList<>();
        try (BufferedReader reader = open(path(region, "outline"))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                try {
                    outline.add(OutlineEntry.parse(line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(path(region, "outline") + " line " + number + ": " + e.getMessage());
                }
            }
            Properties texts = new Properties();
            try (BufferedReader properties = open(path(region, "properties"))) {
                texts.load(properties);
            }
            return new NarrativeTemplate(region, outline, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader open(String resource) {
        InputStream stream = NarrativeTemplate.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("the template resource " + resource + " is missing");
        }
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }
}
