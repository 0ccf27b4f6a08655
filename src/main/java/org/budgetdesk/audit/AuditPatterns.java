package org.budgetdesk.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The words and sentence patterns of the text audit, from {@code org/budgetdesk/audit/patterns/*.properties} (the
 * files named in {@code index}, in order). A key repeated in a later file adds its alternatives, so a region's
 * phrasing is added as data. Immutable and shared.
 */
public final class AuditPatterns {
    private static final String FOLDER = "/org/budgetdesk/audit/patterns/";
    private static volatile AuditPatterns standard;

    private final Map<String, List<String>> alternatives;
    private final Map<String, Pattern> compiled = new java.util.concurrent.ConcurrentHashMap<>();

    AuditPatterns(Map<String, List<String>> alternatives) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        alternatives.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        this.alternatives = Collections.unmodifiableMap(copy);
    }

    /** The patterns shipped with BudgetDesk (every file listed in the folder's {@code index}). */
    public static AuditPatterns standard() {
        AuditPatterns loaded = standard;
        if (loaded == null) {
            synchronized (AuditPatterns.class) {
                if (standard == null) {
                    standard = load(readIndex());
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    /** The patterns of the named files in the pattern folder, in order. */
    static AuditPatterns load(List<String> files) {
        return load(FOLDER, files);
    }

    /** The patterns of the named files in a resource folder ("/org/…/"), in order: a region's file added to others. */
    public static AuditPatterns load(String folder, List<String> files) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (String file : files) {
            for (Map.Entry<String, String> entry : readOrdered(folder, file).entrySet()) {
                List<String> list = merged.computeIfAbsent(entry.getKey(), key -> new ArrayList<>());
                for (String alternative : splitAlternatives(entry.getValue())) {
                    if (!alternative.isEmpty() && !list.contains(alternative)) {
                        list.add(alternative);
                    }
                }
            }
        }
        return new AuditPatterns(merged);
    }

    /** The alternatives of a key, in file order; empty when the key is absent. */
    public List<String> list(String key) {
        return alternatives.getOrDefault(key, List.of());
    }

    /** Every key, in the order first read. */
    public List<String> keys() {
        return List.copyOf(alternatives.keySet());
    }

    /** The alternatives of a key as one group {@code (?:a|b|c)}; a pattern that never matches when absent. */
    public String group(String key) {
        List<String> values = list(key);
        if (values.isEmpty()) {
            return "(?!)";
        }
        // longer alternatives first, so that 增长率 is preferred to 增长 where both could match
        List<String> sorted = new ArrayList<>(values);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return "(?:" + String.join("|", sorted) + ")";
    }

    /** A pattern compiled from a template in which {@code {key}} stands for {@link #group(String) group(key)}. */
    public Pattern compile(String template) {
        return compiled.computeIfAbsent(template, t -> {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (at < t.length()) {
                int open = t.indexOf("{", at);
                int close = open < 0 ? -1 : t.indexOf('}', open);
                if (open < 0 || close < 0 || !t.substring(open + 1, close).matches("[a-zA-Z][a-zA-Z0-9.]*")) {
                    out.append(t, at, open < 0 ? t.length() : open + 1);
                    at = open < 0 ? t.length() : open + 1;
                    continue;
                }
                out.append(t, at, open).append(group(t.substring(open + 1, close)));
                at = close + 1;
            }
            return Pattern.compile(out.toString());
        });
    }

    /** Splits a value at the | that are outside groups and character classes and not escaped. */
    static List<String> splitAlternatives(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            }
            if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(current.toString().trim());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString().trim());
        return parts;
    }

    private static List<String> readIndex() {
        List<String> files = new ArrayList<>();
        try (BufferedReader reader = open(FOLDER, "index")) {
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    files.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A properties file with its keys in file order (Properties itself forgets the order). */
    private static Map<String, String> readOrdered(String folder, String file) {
        Map<String, String> ordered = new LinkedHashMap<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                ordered.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        try (BufferedReader reader = open(folder, file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ordered;
    }

    private static BufferedReader open(String folder, String file) {
        InputStream in = AuditPatterns.class.getResourceAsStream(folder + file);
        if (in == null) {
            throw new IllegalStateException("missing audit pattern file " + folder + file);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
