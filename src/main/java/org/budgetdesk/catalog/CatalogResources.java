package org.budgetdesk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Loads the index, the code list files and the change table from this package's resources, each file once. A
 * list's entries get the older names the change table gives them up to the list's edition as aliases.
 */
final class CatalogResources {

    static final String INDEX_FILE = "index.tsv";
    static final String CHANGES_FILE = "changes.tsv";

    private static final Map<String, CodeList> LISTS = new ConcurrentHashMap<>();
    private static volatile CatalogIndex index;
    private static volatile CodeChanges changes;

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

    /** The renames and moves between editions. */
    static CodeChanges changes() {
        CodeChanges loaded = changes;
        if (loaded == null) {
            loaded = read(CHANGES_FILE, reader -> CodeChanges.parse(reader, CHANGES_FILE));
            changes = loaded;
        }
        return loaded;
    }

    /** The entries of one code list file, parsed on first use. */
    static List<CatalogEntry> entries(CatalogIndex.Edition edition) {
        return list(edition).entries();
    }

    /** The code list of one file, parsed on first use. */
    static CodeList list(CatalogIndex.Edition edition) {
        return LISTS.computeIfAbsent(edition.file(), file -> new CodeList(edition.kind(),
                withOldNames(read(file, reader -> CodeListParser.parse(reader, file, edition.kind())), edition)));
    }

    private static List<CatalogEntry> withOldNames(List<CatalogEntry> parsed, CatalogIndex.Edition edition) {
        CodeChanges table = changes();
        List<CatalogEntry> entries = new ArrayList<>(parsed.size());
        for (CatalogEntry entry : parsed) {
            List<String> oldNames = table.oldNames(edition.kind(), entry.code(), edition.fromYear());
            if (oldNames.isEmpty()) {
                entries.add(entry);
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>(entry.aliases());
            oldNames.stream().filter(name -> !name.equals(entry.name())).forEach(aliases::add);
            entries.add(new CatalogEntry(entry.code(), entry.name(), List.copyOf(aliases), entry.kind(),
                    entry.source(), entry.note()));
        }
        return entries;
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
