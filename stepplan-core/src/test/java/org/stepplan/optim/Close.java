package org.stepplan.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The tolerances of the hand-derived step tests, stated once. */
final class Close {

    /** Relative tolerance on step sizes and other scalars (a few dozen ulps over three steps). */
    static final double RELATIVE = 1e-14;
    /** Absolute tolerance on weights of order 1 (some components come out of a cancellation). */
    static final double ABSOLUTE = 1e-15;

    private Close() {
    }

    /** {@code |actual - expected| <= 1e-14 |expected|}. */
    static void rel(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    }

    /** Each component within 1e-15 of the expected one. */
    static void weights(double[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("w[%d]", i).isCloseTo(expected[i], within(ABSOLUTE));
        }
    }
}
