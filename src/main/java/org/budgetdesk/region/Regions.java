package org.budgetdesk.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The regions offered to the user: the names in every {@code org/budgetdesk/region/regions.list} on the class path
 * (one a line, {@code #} comments), in the order read. A jar or folder added to the
 * class path brings its regions with its own list; no code changes.
 */
public final class Regions {
    private static final String LIST = Region.ROOT.substring(1) + "regions.list";

    private Regions() {
    }

    /** Every listed region, each once. */
    public static List<Region> all() {
        List<Region> regions = new ArrayList<>();
        for (String name : names()) {
            Region.find(name).filter(region -> region.name().equals(name)).ifPresent(regions::add);
        }
        return regions;
    }

    /** The listed region names, each once. */
    public static List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        try {
            ClassLoader loader = Optional.ofNullable(Regions.class.getClassLoader())
                    .orElse(ClassLoader.getSystemClassLoader());
            for (URL list : Collections.list(loader.getResources(LIST))) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(list.openStream(),
                        StandardCharsets.UTF_8))) {
                    reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .filter(Region::isName).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the region lists cannot be read: " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }
}
