package org.budgetdesk.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Shares of one whole, rounded so that the list adds up to exactly 100 (largest-remainder rounding): each share is
 * cut down to the chosen decimals, and the units still missing go, one each, to the shares that lost the most.
 * Plain half-up rounding of 90.501%, 2.37% and 7.13% happens to work; of three equal thirds it gives 99, and of
 * 50.5% and 49.5% it gives 101.
 */
public final class Shares {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {
    }

    /**
     * The shares of the parts in their sum, in percent with {@code scale} decimals, adding up to exactly 100. Ties in
     * the remainder go to the larger part, then to the earlier one. All zero when the parts add up to zero.
     *
     * @throws IllegalArgumentException when a part is negative or the scale is negative
     */
    public static List<BigDecimal> largestRemainder(List<BigDecimal> parts, int scale) {
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative: " + scale);
        }
        if (parts.stream().anyMatch(part -> part.signum() < 0)) {
            throw new IllegalArgumentException("shares of negative parts: " + parts);
        }
        BigDecimal whole = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        for (BigDecimal part : parts) {
            BigDecimal exact = whole.signum() == 0 ? BigDecimal.ZERO
                    : part.multiply(HUNDRED).divide(whole, scale + 12, RoundingMode.DOWN);
            BigDecimal floor = exact.setScale(scale, RoundingMode.DOWN);
            floors.add(floor);
            remainders.add(exact.subtract(floor));
        }
        if (whole.signum() == 0) {
            return List.copyOf(floors);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal missing = HUNDRED.setScale(scale).subtract(floors.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        int bumps = missing.divide(unit, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Integer> order = IntStream.range(0, parts.size()).boxed()
                .sorted(Comparator.<Integer, BigDecimal>comparing(remainders::get).reversed()
                        .thenComparing(Comparator.<Integer, BigDecimal>comparing(parts::get).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int i = 0; i < bumps; i++) {
            int index = order.get(i);
            floors.set(index, floors.get(index).add(unit));
        }
        return List.copyOf(floors);
    }
}
