package org.budgetdesk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Building blocks of the randomised tests ({@link SeededTest}): plain JUnit 5 cases over a {@link Random} with a
 * fixed seed. Each case gets its own seed, draws all of its input from {@code new Random(seed)} and names the seed
 * in its failure, so the same seed gives the same input again.
 */
public final class RandomValues {
    /** The first seed; the cases of a test use this one and the ones after it. */
    public static final long FIRST_SEED = 20_261_203L;

    private RandomValues() {
    }

    /** The seeds of {@code count} cases, for a {@code @MethodSource}. */
    public static LongStream seeds(int count) {
        return LongStream.range(FIRST_SEED, FIRST_SEED + count);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public static int between(Random random, int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** An amount in 元 with two decimals, from 0.00 to {@code maxCents} hundredths, both included. */
    public static BigDecimal cents(Random random, long maxCents) {
        return BigDecimal.valueOf(random.nextLong(0, maxCents + 1), 2);
    }

    /** {@code length} decimal digits, leading zeros allowed. */
    public static String digits(Random random, int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** Up to {@code maxLength} characters, each one of {@code alphabet}. */
    public static String text(Random random, String alphabet, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Up to {@code maxLength} characters from {@code first} to {@code last}, both included. */
    public static String text(Random random, char first, char last, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(first, last + 1));
        }
        return text.toString();
    }

    /** One of the choices, each as likely. */
    @SafeVarargs
    public static <T> T oneOf(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** One of the choices, each as likely. */
    public static <T> T oneOf(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** From {@code min} to {@code max} elements, each made by {@code element}. */
    public static <T> List<T> listOf(Random random, int min, int max, Function<Random, T> element) {
        int size = between(random, min, max);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(random));
        }
        return list;
    }

    /** A way to make a value, chosen {@code weight} times as often as one of weight 1 (see {@link #byWeight}). */
    public record Weighted<T>(int weight, Function<Random, T> make) {
    }

    public static <T> Weighted<T> weighted(int weight, Function<Random, T> make) {
        return new Weighted<>(weight, make);
    }

    /** A value made by one of the ways, chosen in proportion to their weights. */
    public static <T> T byWeight(Random random, List<Weighted<T>> ways) {
        int total = ways.stream().mapToInt(Weighted::weight).sum();
        int draw = random.nextInt(total);
        for (Weighted<T> way : ways) {
            draw -= way.weight();
            if (draw < 0) {
                return way.make().apply(random);
            }
        }
        throw new AssertionError("weights must be positive: " + ways);
    }
}
