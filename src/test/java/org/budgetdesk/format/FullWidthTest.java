package org.budgetdesk.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullWidthTest {

    @Test
    void fullWidthFormsAndTheIdeographicSpaceBecomeAscii() {
        assertThat(FullWidth.toAscii("１２３，４５６．７８")).isEqualTo("123,456.78");
        assertThat(FullWidth.toAscii("（－５）\u3000Ａｂ")).isEqualTo("(-5) Ab");
    }

    @Test
    void everythingElseIsKept() {
        assertThat(FullWidth.toAscii("公务接待费 3.00\u00a0万元")).isEqualTo("公务接待费 3.00\u00a0万元");
        assertThat(FullWidth.toAscii("")).isEmpty();
    }
}
