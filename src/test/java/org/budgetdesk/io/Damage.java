package org.budgetdesk.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;

/** The kinds of damage the fuzz test does to a project file: to its JSON tree, or to its bytes. */
enum Damage {
    TRUNCATION, BIT_FLIPS, WRONG_TYPE, DELETED_KEY, DUPLICATED_KEY, DUPLICATED_ELEMENT, HUGE_NUMBER, HUGE_STRING,
    BAD_CODE, BAD_YEAR, BAD_COUNT, BAD_ENUM, BAD_AMOUNT, BAD_VERSION, ENCODING, ODD_TEXT, NESTING;

    /** Writes what it is given, however deep: the reader's limits are what is tested. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build()).build());
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Set<String> CODES = Set.of("itemCode", "functionalCode");
    private static final Set<String> COUNTS = Set.of("largeEquipment", "plannedVehicles", "plannedLargeEquipment",
            "GENERAL_OFFICIAL", "LAW_ENFORCEMENT", "SPECIAL_PURPOSE", "OTHER");
    private static final Set<String> ENUMS = Set.of("kind", "comparisonBasis", "source", "section");
    private static final String[] ODD = {"\uD800", "\uDFFF", "\u0000", "\u0001", "\u001F", "\u007F", "\uFFFF",
        "\uFFFE", "\u202E", "\uFEFF", "\uD83D\uDE00", "\t", "\r\n", "\\", "\"", "'", "=1+1", "</w:t>", "&amp;"};

    /** One place in the tree: a member of an object or an element of an array. */
    record Place(JsonNode container, String field, int index) {
        JsonNode value() {
            return field != null ? container.get(field) : container.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    /** Damages a copy of the sample: its tree when the damage is structural, else its bytes. */
    byte[] apply(ObjectNode sample, Random random) {
        ObjectNode tree = sample.deepCopy();
        byte[] bytes = switch (this) {
            case TRUNCATION, BIT_FLIPS, DUPLICATED_KEY, ENCODING -> null;
            default -> {
                damage(tree, random);
                yield write(tree);
            }
        };
        return bytes != null ? bytes : damage(write(tree), random);
    }

    private void damage(ObjectNode tree, Random random) {
        switch (this) {
            case WRONG_TYPE -> pick(tree, random, (place, node) -> true).set(otherType(random));
            case DELETED_KEY -> {
                Place place = pick(tree, random, (p, node) -> p.field() != null);
                ((ObjectNode) place.container()).remove(place.field());
            }
            case DUPLICATED_ELEMENT -> {
                Place place = pick(tree, random, (p, node) -> node.isArray() && !node.isEmpty());
                ArrayNode array = (ArrayNode) place.value();
                array.insert(random.nextInt(array.size() + 1), array.get(random.nextInt(array.size())).deepCopy());
            }
            case HUGE_NUMBER -> pick(tree, random, (p, node) -> node.isValueNode()).set(hugeNumber(random));
            case HUGE_STRING -> pick(tree, random, (p, node) -> node.isTextual())
                    .set(NODES.textNode(("金额" + random.nextInt(10)).repeat(1 + random.nextInt(300_000))));
            case BAD_CODE -> badCode(tree, random);
            case BAD_YEAR -> tree.put("budgetYear", pickOf(random, 0, -1, 1948, 1949, 2200, 2201, Integer.MAX_VALUE,
                    Integer.MIN_VALUE, random.nextInt()));
            case BAD_COUNT -> pick(tree, random, (p, node) -> p.field() != null && COUNTS.contains(p.field()) && node.isInt())
                    .set(NODES.numberNode(pickOf(random, -1, -1000, 1_000_000, 1_000_001, Integer.MAX_VALUE,
                            Integer.MIN_VALUE, random.nextInt())));
            case BAD_ENUM -> badEnum(tree, random);
            case BAD_AMOUNT -> pick(tree, random, (p, node) -> node.isTextual()
                    && node.textValue().matches("[0-9]+\\.[0-9]{2}")).set(badAmount(random));
            case BAD_VERSION -> tree.set("formatVersion", pickOf(random, NODES.numberNode(1), NODES.numberNode(3),
                    NODES.numberNode(0), NODES.numberNode(new BigDecimal("2.0")), NODES.textNode("2"),
                    NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(new BigDecimal("1e2")),
                    NODES.numberNode(Long.MAX_VALUE)));
            case ODD_TEXT -> {
                Place place = pick(tree, random, (p, node) -> node.isTextual());
                String text = place.value().textValue();
                int at = random.nextInt(text.length() + 1);
                place.set(NODES.textNode(text.substring(0, at) + ODD[random.nextInt(ODD.length)] + text.substring(at)));
            }
            case NESTING -> {
                Place place = pick(tree, random, (p, node) -> true);
                JsonNode nested = place.value();
                int depth = pickOf(random, 2, 60, 999, 1001, 2500);
                for (int i = 0; i < depth; i++) {
                    nested = i % 2 == 0 ? NODES.arrayNode().add(nested) : NODES.objectNode().set("x", nested);
                }
                place.set(nested);
            }
            default -> throw new IllegalStateException(name());
        }
    }

    private byte[] damage(byte[] bytes, Random random) {
        switch (this) {
            case TRUNCATION -> {
                return Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case BIT_FLIPS -> {
                byte[] flipped = bytes.clone();
                for (int i = 1 + random.nextInt(8); i > 0; i--) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return flipped;
            }
            case DUPLICATED_KEY -> {
                List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).matches("\\s*\".*\" : .*,")) {
                        members.add(i);
                    }
                }
                int line = members.get(random.nextInt(members.size()));
                lines.add(line, lines.get(line));
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case ENCODING -> {
                return encoding(new String(bytes, StandardCharsets.UTF_8), random);
            }
            default -> throw new IllegalStateException(name());
        }
    }

    private static byte[] encoding(String text, Random random) {
        int at = random.nextInt(text.length());
        return switch (random.nextInt(6)) {
            case 0 -> text.getBytes(pickOf(random, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                    StandardCharsets.UTF_16, Charset.forName("UTF-32")));
            case 1 -> text.getBytes(pickOf(random, StandardCharsets.ISO_8859_1, Charset.forName("GBK"),
                    Charset.forName("GB18030")));
            case 2 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            default -> {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE6, (byte) 0x97}, {0}};
                int cut = Math.min(at, utf8.length);
                yield concat(concat(Arrays.copyOf(utf8, cut), bad[random.nextInt(bad.length)]),
                        Arrays.copyOfRange(utf8, cut, utf8.length));
            }
        };
    }

    private static void badCode(ObjectNode tree, Random random) {
        JsonNode junk = NODES.textNode(pickOf(random, "", "2080", "20801011", " 2080101", "2080101 ", "abcdefg",
                "２０８０１０１", "208", "20801", "9999999", "301", "30199", "0000000", "-208010"));
        if (random.nextBoolean()) {
            pick(tree, random, (p, node) -> p.field() != null && CODES.contains(p.field())).set(junk);
        } else {
            ObjectNode custom = (ObjectNode) tree.get(random.nextBoolean() ? "customFunctionalCodes"
                    : "customEconomicCodes");
            custom.put(junk.textValue(), pickOf(random, "自定义", "", " ", "\u3000"));
        }
    }

    private static void badEnum(ObjectNode tree, Random random) {
        Place place = pick(tree, random, (p, node) -> p.field() != null && ENUMS.contains(p.field()) && node.isTextual());
        String name = place.value().textValue();
        place.set(NODES.textNode(pickOf(random, " " + name, name + " ", "\t" + name, name.toLowerCase(), "", "UNKNOWN",
                name + "\u0000")));
        if (random.nextBoolean()) {
            ObjectNode vehicles = (ObjectNode) tree.get("units").get(0).get("assets").get("vehicles");
            vehicles.set(pickOf(random, " OTHER", "other", "OTHER "), vehicles.remove("OTHER"));
        }
    }

    private static JsonNode badAmount(Random random) {
        return pickOf(random, NODES.textNode("-1.00"), NODES.textNode("1.234"), NODES.textNode("1e3"),
                NODES.textNode(" 1.00"), NODES.textNode(""), NODES.textNode("１２３"), NODES.numberNode(1.5),
                NODES.textNode("9999999999999.00"), NODES.textNode("NaN"), NODES.textNode("1,000.00"),
                NODES.numberNode(new BigDecimal("12.00")));
    }

    private static JsonNode hugeNumber(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.numberNode(BigInteger.TEN.pow(10 + random.nextInt(2000)));
            case 1 -> NODES.numberNode(new BigDecimal("1e" + (300 + random.nextInt(100_000))));
            case 2 -> NODES.numberNode(Long.MAX_VALUE);
            case 3 -> NODES.textNode("9".repeat(13 + random.nextInt(5000)) + ".99");
            default -> NODES.numberNode(new BigDecimal("-" + "9".repeat(1 + random.nextInt(400)) + ".5"));
        };
    }

    private static JsonNode otherType(Random random) {
        return pickOf(random, NODES.nullNode(), NODES.booleanNode(false), NODES.numberNode(7),
                NODES.numberNode(new BigDecimal("7.25")), NODES.textNode("7"), NODES.arrayNode(),
                NODES.objectNode(), NODES.arrayNode().add("x"), NODES.objectNode().put("a", 1));
    }

    /** A random place whose value passes {@code wanted}; the root's first member when none does. */
    static Place pick(ObjectNode tree, Random random, BiPredicate<Place, JsonNode> wanted) {
        List<Place> places = new ArrayList<>();
        collect(tree, wanted, places);
        return places.isEmpty() ? new Place(tree, "formatVersion", -1) : places.get(random.nextInt(places.size()));
    }

    private static void collect(JsonNode node, BiPredicate<Place, JsonNode> wanted, List<Place> places) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> add(new Place(node, name, -1), wanted, places));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                add(new Place(node, null, i), wanted, places);
            }
        }
    }

    private static void add(Place place, BiPredicate<Place, JsonNode> wanted, List<Place> places) {
        if (wanted.test(place, place.value())) {
            places.add(place);
        }
        collect(place.value(), wanted, places);
    }

    @SafeVarargs
    private static <T> T pickOf(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] write(JsonNode tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
