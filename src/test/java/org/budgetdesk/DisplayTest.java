package org.budgetdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTest {
    @Test
    void linuxNeedsADisplayOrAWaylandDisplay() {
        assertThat(Display.available("Linux", Map.of(), null)).isFalse();
        assertThat(Display.available("Linux", Map.of("DISPLAY", " "), null)).isFalse();
        assertThat(Display.available("Linux", Map.of("DISPLAY", ":0"), null)).isTrue();
        assertThat(Display.available("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isTrue();
    }

    @Test
    void windowsMacAndTheHeadlessPlatformAlwaysHaveOne() {
        assertThat(Display.available("Windows 11", Map.of(), null)).isTrue();
        assertThat(Display.available("Mac OS X", Map.of(), null)).isTrue();
        assertThat(Display.available("Linux", Map.of(), "Monocle")).isTrue();
    }
}
