package org.budgetdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.budgetdesk.io.settings.Settings.WindowBounds;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
    /** The default size, centred on {@link #FULL_HD}: where a window without usable saved bounds restores to. */
    private static final Rectangle2D CENTRED = new Rectangle2D(312, 120, 1296, 800);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1920, 0, 2560, 1400);

    @Test
    void savedBoundsOnAScreenAreKept() {
        WindowPlacement placement = WindowPlacement.choose(new WindowBounds(2000, 100, 1400, 900), false,
                List.of(FULL_HD, RIGHT_MONITOR));

        assertThat(placement.bounds()).isEqualTo(new Rectangle2D(2000, 100, 1400, 900));
        assertThat(placement.maximized()).isFalse();
    }

    @Test
    void savedBoundsOnAMonitorThatIsGoneFallBackToTheDefault() {
        WindowPlacement placement = WindowPlacement.choose(new WindowBounds(2000, 100, 1400, 900), true,
                List.of(FULL_HD));

        assertThat(placement.bounds()).isEqualTo(CENTRED);
        assertThat(placement.maximized()).isTrue();
    }

    @Test
    void aWindowWhoseTitleBarIsAboveTheScreenOrBarelyOnItFallsBack() {
        assertThat(WindowPlacement.choose(new WindowBounds(100, -500, 1200, 480), false, List.of(FULL_HD)).bounds())
                .as("the whole title bar above the top edge").isEqualTo(CENTRED);
        assertThat(WindowPlacement.choose(new WindowBounds(1860, 100, 1200, 700), false, List.of(FULL_HD)).bounds())
                .as("60 px of the title bar left on the screen").isEqualTo(CENTRED);
        assertThat(WindowPlacement.choose(new WindowBounds(1700, 100, 1200, 700), false, List.of(FULL_HD)).bounds())
                .as("220 px of it left").isNotNull();
    }

    @Test
    void withoutSavedBoundsASmallScreenGetsTheWholeScreen() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 728);
        Rectangle2D scaled = new Rectangle2D(0, 0, 1280, 680);

        assertThat(WindowPlacement.choose(null, false, List.of(laptop)))
                .isEqualTo(new WindowPlacement(laptop, true));
        assertThat(WindowPlacement.choose(null, false, List.of(scaled)))
                .isEqualTo(new WindowPlacement(scaled, true));
    }

    @Test
    void withoutSavedBoundsALargeScreenGetsAMaximizedWindowThatRestoresToTheDefaultSizeCentred() {
        WindowPlacement placement = WindowPlacement.choose(null, false, List.of(FULL_HD));

        assertThat(placement.maximized()).isTrue();
        assertThat(placement.bounds()).isEqualTo(CENTRED);
    }

    @Test
    void unusableSavedBoundsAreIgnored() {
        assertThat(WindowPlacement.choose(new WindowBounds(Double.NaN, 0, 100, 100), false, List.of(FULL_HD))
                .bounds()).isEqualTo(CENTRED);
    }
}
