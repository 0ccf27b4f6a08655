package org.budgetdesk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Loads the index and the code list files from this package's resources, each file once.
 */
final class CatalogResources {

    static final String INDEX_FILE = "index.tsv";

    private static final Map<String, List<CatalogEntry>> LISTS = new ConcurrentHashMap<>();
    private static volatile CatalogIndex index;

    private CatalogResources() {
    }

    /** The index of code list files. */
    static CatalogIndex index() {
        CatalogIndex loaded = index;
        if (loaded == null) {
            loaded = read(INDEX_FILE, reader -> CatalogIndex.parse(reader, INDEX_FILE));
            index = loaded;
        }
        return loaded;
    }

    /** The entries of one code list file, parsed on first use. */
    static List<CatalogEntry> entries(CatalogIndex.Edition edition) {
        return LISTS.computeIfAbsent(edition.file(),
                file -> read(file, reader -> CodeListParser.parse(reader, file, edition.kind())));
    }

    private static <T> T read(String file, Function<Reader, T> parser) {
        InputStream stream = CatalogResources.class.getResourceAsStream(file);
        if (stream == null) {
            throw new CatalogException(file,
                    "is missing from the resources of " + CatalogResources.class.getPackageName());
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parser.apply(reader);
        } catch (IOException e) {
            throw new CatalogException(file, "cannot be read", e);
        }
    }
}
