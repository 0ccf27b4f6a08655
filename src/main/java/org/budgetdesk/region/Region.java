package org.budgetdesk.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetdesk.format.DisplayUnit;

/**
 * A region's way of publishing: a folder of data (see the package). The settings of {@code region.properties} are
 * the wording options every file of the region shares: {@code amount.unit} ({@code WAN_YUAN} or {@code YUAN}),
 * {@code share.scale}, {@code rate.scale}, {@code rate.scale.threePublic} and {@code fiscal.level} (中央本级, 省级,
 * 市级, 县级).
 *
 * @param name     the folder's name, as {@code --tables} takes it (sichuan-2024)
 * @param title    what the user sees in the export dialog ({@code label}: 四川省（2024年起…）)
 * @param aliases  older names that still select this region (sichuan)
 * @param settings every entry of {@code region.properties}
 */
public record Region(String name, String title, List<String> aliases, Map<String, String> settings) {
    /** The region of a project that has chosen none: the one BudgetDesk always wrote. */
    public static final String DEFAULT = "sichuan-2021";
    static final String ROOT = "/org/budgetdesk/region/";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public Region {
        aliases = List.copyOf(aliases);
        settings = Map.copyOf(settings);
    }

    /** Whether {@code name} could name a region folder (lower-case letters, digits, {@code -}). */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The region whose folder is {@code name}, or whose aliases hold it; empty when none. */
    public static Optional<Region> find(String name) {
        if (!isName(name)) {
            return Optional.empty();
        }
        if (Region.class.getResource(ROOT + name + "/region.properties") != null) {
            return Optional.of(read(name));
        }
        return Regions.all().stream().filter(region -> region.aliases().contains(name)).findFirst();
    }

    /** The region of a name, the default region when the name is blank. */
    public static Region named(String name) {
        String wanted = name == null || name.isBlank() ? DEFAULT : name;
        return find(wanted).orElseThrow(() -> new IllegalArgumentException("no region named " + wanted));
    }

    /** The title in a language ({@code label.en} for "en"), the Chinese {@link #title()} when it has none. */
    public String title(String language) {
        return setting("label." + language, title);
    }

    /** Whether the folder has this file. */
    public boolean has(String file) {
        return Region.class.getResource(ROOT + name + "/" + file) != null;
    }

    /**
     * Opens one file of the folder.
     *
     * @throws IllegalStateException when the folder lacks it
     */
    public InputStream open(String file) {
        InputStream stream = Region.class.getResourceAsStream(ROOT + name + "/" + file);
        if (stream == null) {
            throw new IllegalStateException("the region " + name + " has no file " + file);
        }
        return stream;
    }

    /** Where a file of the folder is, for messages: {@code region/sichuan-2024/tables.json}. */
    public String path(String file) {
        return "region/" + name + "/" + file;
    }

    /** A setting, or {@code fallback} when the region does not set it. */
    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    /** The unit the region publishes its amounts in. */
    public DisplayUnit unit() {
        try {
            return DisplayUnit.valueOf(setting("amount.unit", DisplayUnit.WAN_YUAN.name()).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(path("region.properties") + ": amount.unit is WAN_YUAN or YUAN", e);
        }
    }

    private static Region read(String name) {
        Properties properties = new Properties();
        try (InputStream in = Region.class.getResourceAsStream(ROOT + name + "/region.properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("region " + name + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> settings = properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(key -> key, properties::getProperty));
        List<String> aliases = Arrays.stream(settings.getOrDefault("aliases", "").split(","))
                .map(String::strip).filter(alias -> !alias.isEmpty()).toList();
        return new Region(name, settings.getOrDefault("label", name), aliases, settings);
    }
}
