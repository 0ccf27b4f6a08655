package org.budgetdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.LongStream;
import org.budgetdesk.RandomValues;
import org.budgetdesk.SeededTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

class CodeLevelTest {

    @Test
    void functionalLevelsFollowTheLength() {
        assertThat(CodeLevel.of(CodeKind.FUNCTIONAL, "208")).isEqualTo(CodeLevel.CLASS);
        assertThat(CodeLevel.of(CodeKind.FUNCTIONAL, "20801")).isEqualTo(CodeLevel.SECTION);
        assertThat(CodeLevel.of(CodeKind.FUNCTIONAL, "2080101")).isEqualTo(CodeLevel.ITEM);
    }

    @Test
    void economicCodesHaveClassAndItemOnly() {
        assertThat(CodeLevel.of(CodeKind.ECONOMIC, "301")).isEqualTo(CodeLevel.CLASS);
        assertThat(CodeLevel.of(CodeKind.ECONOMIC, "30101")).isEqualTo(CodeLevel.ITEM);
        assertThat(CodeLevel.SECTION.appliesTo(CodeKind.ECONOMIC)).isFalse();
        assertThatThrownBy(() -> CodeLevel.of(CodeKind.ECONOMIC, "3010101"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 or 5 digits");
    }

    @Test
    void malformedCodesAreRejectedWithAClearMessage() {
        assertThatThrownBy(() -> CodeLevel.of(CodeKind.FUNCTIONAL, "2080A01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits only").hasMessageContaining("2080A01");
        assertThatThrownBy(() -> CodeLevel.of(CodeKind.FUNCTIONAL, "2080"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3, 5 or 7 digits");
        assertThatThrownBy(() -> CodeLevel.of(CodeKind.FUNCTIONAL, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodeLevel.of(CodeKind.FUNCTIONAL, " 208"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodeLevel.of(CodeKind.FUNCTIONAL, "２０８"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CodeLevel.isValid(CodeKind.FUNCTIONAL, null)).isFalse();
    }

    @Test
    void parentCodesWalkUpToTheClass() {
        assertThat(CodeLevel.parentCode(CodeKind.FUNCTIONAL, "2080101")).contains("20801");
        assertThat(CodeLevel.parentCode(CodeKind.FUNCTIONAL, "20801")).contains("208");
        assertThat(CodeLevel.parentCode(CodeKind.FUNCTIONAL, "208")).isEmpty();
        assertThat(CodeLevel.parentCode(CodeKind.ECONOMIC, "30101")).contains("301");
        assertThat(CodeLevel.parentCode(CodeKind.ECONOMIC, "301")).isEmpty();
        assertThat(CodeLevel.classCode(CodeKind.FUNCTIONAL, "2210201")).isEqualTo("221");
    }

    static LongStream seeds() {
        return RandomValues.seeds(200);
    }

    @SeededTest
    @MethodSource("seeds")
    void everyItemCodeReachesItsClassInTwoSteps(long seed) {
        String code = RandomValues.digits(new Random(seed), 7);
        String section = CodeLevel.parentCode(CodeKind.FUNCTIONAL, code).orElseThrow();
        String cls = CodeLevel.parentCode(CodeKind.FUNCTIONAL, section).orElseThrow();
        assertThat(CodeLevel.of(CodeKind.FUNCTIONAL, section)).as("seed %d: %s's parent", seed, code)
                .isEqualTo(CodeLevel.SECTION);
        assertThat(cls).as("seed %d: %s's class", seed, code).isEqualTo(code.substring(0, 3));
        assertThat(CodeLevel.parentCode(CodeKind.FUNCTIONAL, cls)).as("seed %d: %s's class's parent", seed, code)
                .isEmpty();
    }
}
