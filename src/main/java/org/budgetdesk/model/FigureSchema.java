package org.budgetdesk.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every single figure and text of a unit outside its line lists, declared once as data
 * ({@code org/budgetdesk/model/figures.txt}, one line a figure; its header says how). The file, consolidation, draft
 * comparison, the checks, the explanation, the tables and the workbench iterate it. Adding a figure is one line there;
 * a key the build does not know by name is held in {@link Unit#added()}.
 */
public final class FigureSchema {
    private static final String RESOURCE = "figures.txt";
    private static final FigureSchema STANDARD = parse(readResource(), RESOURCE);
    private static volatile FigureSchema current = STANDARD;

    private final List<Figure> figures;
    private final Map<String, Figure> byKey;

    private FigureSchema(List<Figure> figures) {
        this.figures = List.copyOf(figures);
        Map<String, Figure> keys = new LinkedHashMap<>();
        figures.forEach(figure -> keys.put(figure.key(), figure));
        this.byKey = Collections.unmodifiableMap(keys);
    }

    /** The schema the application uses: the standard one, unless {@link #use} installed another. */
    public static FigureSchema current() {
        return current;
    }

    /** The schema of {@code figures.txt}. */
    public static FigureSchema standard() {
        return STANDARD;
    }

    /**
     * Installs a schema until the returned handle is closed (a test that declares an extra figure). Departments
     * made meanwhile consolidate by it.
     */
    public static Installed use(FigureSchema schema) {
        FigureSchema previous = current;
        current = schema;
        return () -> current = previous;
    }

    /** Undoes {@link #use}. */
    public interface Installed extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * This schema with more figures declared in the same line format, after its own.
     *
     * @throws IllegalArgumentException naming the line when a line is malformed or a key is repeated
     */
    public FigureSchema with(String lines, String source) {
        List<Figure> all = new ArrayList<>(figures);
        all.addAll(parse(lines, source).figures);
        return checked(all, source);
    }

    /** Every figure, each followed by its funds' shares, in the order of the declaration. */
    public List<Figure> figures() {
        return figures;
    }

    /** The figure of a key, or null. */
    public Figure figure(String key) {
        return byKey.get(key);
    }

    /** The figures held by key in {@link Unit#added()}: those the build does not know by name. */
    public List<Figure> added() {
        return figures.stream().filter(FigureSchema::isAdded).toList();
    }

    /** True for a figure the build does not know by name, held in {@link Unit#added()}. */
    public static boolean isAdded(Figure figure) {
        return BuiltInFigures.access(figure.key()) == null;
    }

    /** The figures of one tab, in order. */
    public List<Figure> of(DisclosureSection section) {
        return figures.stream().filter(figure -> figure.section() == section).toList();
    }

    /** The figures declared as parts of the figure of {@code key}. */
    public List<Figure> partsOf(String key) {
        return figures.stream().filter(figure -> key.equals(figure.partOf())).toList();
    }

    /** The figures of one kind, shares included. */
    public List<Figure> ofKind(FigureKind kind) {
        return figures.stream().filter(figure -> figure.kind() == kind).toList();
    }

    /** The keys the build knows by name, for a test that holds the declaration and the code together. */
    static Set<String> builtInKeys() {
        return BuiltInFigures.keys();
    }

    private static FigureSchema parse(String text, String source) {
        List<Figure> figures = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                figures.addAll(declared(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return checked(figures, source);
    }

    /** The figure of one line, followed by its funds' shares when it is split by fund. */
    private static List<Figure> declared(String line) {
        String[] cells = line.split("\\|", -1);
        if (cells.length != 7) {
            throw new IllegalArgumentException("expected 7 cells separated by |, found " + cells.length);
        }
        String key = cells[0].strip();
        if (!key.matches("[A-Za-z][A-Za-z0-9_]*") && BuiltInFigures.access(key) == null) {
            throw new IllegalArgumentException("a key is a letter, then letters, digits and _: " + key);
        }
        DisclosureSection section = DisclosureSection.valueOf(cells[1].strip());
        FigureKind kind = FigureKind.valueOf(cells[2].strip());
        Set<String> flags = Set.of(cells[3].strip().split("\\s*,\\s*"));
        for (String flag : flags) {
            if (!Set.of("stated", "funds", "-", "").contains(flag)) {
                throw new IllegalArgumentException("unknown flag " + flag + " (stated, funds or -)");
            }
        }
        String partOf = cells[4].strip();
        String chinese = cells[5].strip();
        String english = cells[6].strip();
        if (chinese.isEmpty() || english.isEmpty()) {
            throw new IllegalArgumentException("a figure needs a Chinese and an English name");
        }
        boolean stated = flags.contains("stated");
        if (stated && kind != FigureKind.COMPARED) {
            throw new IllegalArgumentException("only a COMPARED figure states a change");
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(key, section, kind, stated, partOf.equals("-") ? null : partOf, null, null,
                chinese, english, access(key, kind)));
        if (flags.contains("funds")) {
            if (kind != FigureKind.COMPARED) {
                throw new IllegalArgumentException("only a COMPARED figure is split by fund");
            }
            for (Fund fund : Fund.values()) {
                if (fund != Fund.GENERAL_PUBLIC_BUDGET) {
                    String share = key + "/" + fund.name();
                    figures.add(new Figure(share, section, kind, false, null, key, fund, chinese + "（" + fund.chinese()
                            + "）", english + " (" + fund.name() + ")", access(share, kind)));
                }
            }
        }
        return figures;
    }

    private static FigureSchema checked(List<Figure> figures, String source) {
        Map<String, Figure> keys = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (keys.put(figure.key(), figure) != null) {
                throw new IllegalArgumentException(source + ": the key " + figure.key() + " is declared twice");
            }
        }
        for (Figure figure : figures) {
            if (figure.partOf() == null) {
                continue;
            }
            Figure whole = keys.get(figure.partOf());
            if (whole == null || whole.kind() != figure.kind() || figure.kind() == FigureKind.TEXT) {
                throw new IllegalArgumentException(source + ": " + figure.key() + " is part of " + figure.partOf()
                        + ", which must be a declared figure of the same kind, not a text");
            }
        }
        return new FigureSchema(figures);
    }

    private static Function<Unit, Object> access(String key, FigureKind kind) {
        Function<Unit, Object> builtIn = BuiltInFigures.access(key);
        if (builtIn != null) {
            return builtIn;
        }
        return switch (kind) {
            case COMPARED -> unit -> unit.added().compared(key);
            case AMOUNT -> unit -> unit.added().amount(key);
            case COUNT -> unit -> unit.added().count(key);
            case TEXT -> unit -> unit.added().text(key);
        };
    }

    private static String readResource() {
        try (InputStream in = FigureSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the figure schema " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
