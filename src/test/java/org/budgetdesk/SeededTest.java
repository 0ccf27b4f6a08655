package org.budgetdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A randomised test: a {@link ParameterizedTest} whose first parameter is the {@code long} seed of its case
 * (from a {@code @MethodSource} such as {@code RandomValues.seeds(200)}), named after it, with the seed put into
 * every failure ({@link SeedInFailures}), exceptions thrown by the code under test included.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "seed {0}")
@ExtendWith(SeedInFailures.class)
public @interface SeededTest {
}
