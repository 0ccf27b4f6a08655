package org.budgetdesk.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code lists a user imported, one file per kind and edition year in one folder ({@code functional-2025.tsv},
 * {@code economic-2023.tsv}), in the format of the shipped lists with a comment header saying where each came
 * from. Files are read when first needed and again when they change on disk. Thread-safe.
 */
public final class ImportedLists {
    private static final Pattern FILE_NAME = Pattern.compile("(functional|economic)-(\\d{4})\\.tsv");
    private static final String FROM = "# from: ";

    private record Parsed(FileTime modified, long size, String from, CodeList list) {
    }

    private final Path folder;
    private final Map<Path, Parsed> parsed = new HashMap<>();

    public ImportedLists(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The folder the lists are kept in; it is created by the first {@link #store}. */
    public Path folder() {
        return folder;
    }

    /** Every stored list, by kind and year. */
    public synchronized List<ImportedList> all() {
        List<ImportedList> lists = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return lists;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.tsv")) {
            for (Path file : files) {
                Matcher matcher = FILE_NAME.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    CodeKind kind = CodeKind.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
                    Parsed content = read(file, kind);
                    if (content != null) {
                        lists.add(new ImportedList(kind, Integer.parseInt(matcher.group(2)), file, content.from()));
                    }
                }
            }
        } catch (IOException e) {
            return lists;
        }
        lists.sort(Comparator.comparing(ImportedList::kind).thenComparingInt(ImportedList::year));
        return lists;
    }

    /** The list for a budget year: the latest imported for that year or before; empty when there is none. */
    public Optional<ImportedList> select(CodeKind kind, int year) {
        ImportedList chosen = null;
        for (ImportedList list : all()) {
            if (list.kind() == kind && list.year() <= year) {
                chosen = list;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /** The entries of a stored list (marked {@link CodeSource#IMPORTED}), sorted by code. */
    public List<CatalogEntry> entries(ImportedList list) {
        return codeList(list).entries();
    }

    synchronized CodeList codeList(ImportedList list) {
        Parsed content = read(list.file(), list.kind());
        if (content == null) {
            throw new CatalogException(list.file().toString(), "was removed while in use");
        }
        return content.list();
    }

    /**
     * Stores a list for an edition year, replacing one stored before; written to a temporary file first and then
     * renamed, so a reader sees the old list or the new one, whole.
     *
     * @param from the file it was read from, recorded in the header
     * @throws UncheckedIOException when the folder or the file cannot be written
     */
    public synchronized ImportedList store(CodeKind kind, int year, List<CatalogEntry> entries, String from,
                                           Instant when) {
        Path file = fileOf(kind, year);
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write(header(kind, year, entries, from, when));
                for (CatalogEntry entry : entries.stream().sorted(Comparator.comparing(CatalogEntry::code)).toList()) {
                    writer.write(entry.code() + "\t" + clean(entry.name()) + "\t"
                            + String.join("|", entry.aliases().stream().map(ImportedLists::clean).toList()) + "\t"
                            + clean(entry.note()) + "\n");
                }
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parsed.remove(file);
        return new ImportedList(kind, year, file, from);
    }

    /** Removes the list of a kind and year; false when there was none. */
    public synchronized boolean remove(CodeKind kind, int year) {
        Path file = fileOf(kind, year);
        parsed.remove(file);
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the list of a kind and year is stored. */
    public Path fileOf(CodeKind kind, int year) {
        return folder.resolve(kind.name().toLowerCase(Locale.ROOT) + "-" + year + ".tsv");
    }

    /** The file's content, parsed again only when its time or size changed; null when it cannot be read. */
    private Parsed read(Path file, CodeKind kind) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Parsed known = parsed.get(file);
            if (known != null && known.modified().equals(modified) && known.size() == size) {
                return known;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<CatalogEntry> entries = CodeListParser.parse(new java.io.StringReader(text), file.toString(), kind,
                    CodeSource.IMPORTED, false);
            Parsed content = new Parsed(modified, size, from(new java.io.StringReader(text)),
                    new CodeList(kind, entries));
            parsed.put(file, content);
            return content;
        } catch (NoSuchFileException e) {
            parsed.remove(file);
            return null;
        } catch (IOException | CatalogException e) {
            return null;
        }
    }

    private static String from(Reader text) throws IOException {
        try (BufferedReader reader = new BufferedReader(text)) {
            String line;
            while ((line = reader.readLine()) != null && line.startsWith("#")) {
                if (line.startsWith(FROM)) {
                    return line.substring(FROM.length()).strip();
                }
            }
        }
        return "";
    }

    private static String header(CodeKind kind, int year, List<CatalogEntry> entries, String from, Instant when) {
        Map<CodeLevel, Integer> counts = new EnumMap<>(CodeLevel.class);
        entries.forEach(entry -> counts.merge(entry.level(), 1, Integer::sum));
        return "# " + (kind == CodeKind.FUNCTIONAL ? "支出功能分类科目" : "部门预算支出经济分类科目") + " " + year
                + ", imported into BudgetDesk\n"
                + FROM + clean(from) + "\n"
                + "# imported: " + when + "\n"
                + "# codes: " + entries.size() + " (" + counts + ")\n"
                + "code\tname\taliases\tnote\n";
    }

    /** A field without tabs or line breaks, which would break the file's lines and columns. */
    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
