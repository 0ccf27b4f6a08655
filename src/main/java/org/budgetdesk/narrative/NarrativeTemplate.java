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
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.region.Region;

/**
 * A region's explanation template, from the region's folder ({@link Region}): the outline
 * ({@code explanation.outline}) and the sentence patterns ({@code explanation.properties}) over the region's wording
 * options ({@code region.properties}: {@code share.scale}, {@code rate.scale}, …), all UTF-8. Adding a region is
 * adding a folder. Immutable and shared; each region is read once.
 */
public final class NarrativeTemplate {
    /** The region used when none is named or the named one has no template. */
    public static final String DEFAULT_REGION = Region.DEFAULT;
    private static final String OUTLINE = "explanation.outline";
    private static final String PATTERNS = "explanation.properties";
    private static final int MAX_BASES = 8;
    private static final Map<String, NarrativeTemplate> LOADED = new ConcurrentHashMap<>();

    private final Region region;
    private final List<OutlineEntry> outline;
    private final Properties texts;

    private NarrativeTemplate(Region region, List<OutlineEntry> outline, Properties texts) {
        this.region = region;
        this.outline = List.copyOf(outline);
        this.texts = texts;
    }

    /** The template of the default region (Sichuan 2021). */
    public static NarrativeTemplate sichuan() {
        return forRegion(DEFAULT_REGION).orElseThrow();
    }

    /**
     * The template of a region, e.g. "sichuan-2024" (or an old name, "sichuan"); empty when there is none.
     *
     * @throws IllegalStateException when the template's files exist but are malformed
     */
    public static Optional<NarrativeTemplate> forRegion(String name) {
        return Region.find(name).filter(region -> outlineOf(region, 0).isPresent())
                .map(region -> LOADED.computeIfAbsent(region.name(), key -> read(region)));
    }

    /** The template of a region, or the default region's when it has none. */
    public static NarrativeTemplate forRegionOrDefault(String region) {
        return forRegion(region).orElseGet(NarrativeTemplate::sichuan);
    }

    /** The region's folder name (sichuan-2021). */
    public String region() {
        return region.name();
    }

    /** The region whose template this is. */
    public Region regionData() {
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
            throw new IllegalStateException(region.path(PATTERNS) + " lacks the key " + key);
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

    /** The unit the region states its amounts in ({@code amount.unit}; 万元 when not set). */
    public DisplayUnit unit() {
        try {
            return DisplayUnit.valueOf(optional("amount.unit").orElse(DisplayUnit.WAN_YUAN.name()).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(region.path("region.properties") + ": amount.unit is WAN_YUAN or YUAN", e);
        }
    }

    /** An integer setting. */
    public int integer(String key) {
        try {
            return Integer.parseInt(text(key).strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(region.path(PATTERNS) + ": " + key + " is not a whole number", e);
        }
    }

    private static NarrativeTemplate read(Region region) {
        Region source = outlineOf(region, 0).orElseThrow();
        List<OutlineEntry> outline = new ArrayList<>();
        try (BufferedReader reader = open(source, OUTLINE)) {
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
                    throw new IllegalStateException(source.path(OUTLINE) + " line " + number + ": " + e.getMessage());
                }
            }
            return new NarrativeTemplate(region, outline, patterns(region, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The region's outline, or that of the region it is based on ({@code basedOn} in region.properties): a region
     * that words its explanation like another writes only what differs.
     */
    private static Optional<Region> outlineOf(Region region, int depth) {
        if (region.has(OUTLINE)) {
            return Optional.of(region);
        }
        return base(region, depth).flatMap(base -> outlineOf(base, depth + 1));
    }

    /**
     * The base region's patterns, then this region's settings, then its own patterns, each over the one before. A
     * region that names no base still falls back on the default region's patterns for any it lacks, so a department
     * the region's author did not foresee (one with subordinate units, say) is worded rather than refused.
     */
    private static Properties patterns(Region region, int depth) throws IOException {
        Properties texts = new Properties();
        Optional<Region> base = base(region, depth);
        if (base.isPresent()) {
            texts.putAll(patterns(base.get(), depth + 1));
        } else if (!region.name().equals(Region.DEFAULT)) {
            texts.putAll(patterns(Region.named(Region.DEFAULT), depth + 1));
        }
        texts.putAll(region.settings());
        if (region.has(PATTERNS)) {
            try (BufferedReader properties = open(region, PATTERNS)) {
                texts.load(properties);
            }
        }
        return texts;
    }

    private static Optional<Region> base(Region region, int depth) {
        String base = region.setting("basedOn", "").strip();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        if (depth > MAX_BASES) {
            throw new IllegalStateException(region.path("region.properties") + ": basedOn goes round in a circle");
        }
        return Optional.of(Region.find(base).orElseThrow(() -> new IllegalStateException(
                region.path("region.properties") + ": basedOn names no region: " + base)));
    }

    private static BufferedReader open(Region region, String file) {
        InputStream stream = region.open(file);
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }
}
