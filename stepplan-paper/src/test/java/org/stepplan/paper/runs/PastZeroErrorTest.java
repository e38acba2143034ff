package org.stepplan.paper.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PastZeroErrorTest {

    /**
     * Csawg K2 on the quadratic reaches w* at k = 414; the next plan fits α(2) = 1 exactly (the component of curvature
     * 1, where g = w − w*), and once every buffered gradient is 0 both step sizes are 0.
     */
    @Test
    void stepSizeOfTheUnitCurvatureComponentPeaksAtExactlyOneThenDropsToZero() {
        Measured m = Measured.run(PaperRuns.quadraticCsawg(2));
        PastZeroError past = PastZeroError.of(m, 6);
        assertThat(past.zeroAt()).isEqualTo(414);
        assertThat(past.iterations()).containsExactly(415, 416, 417, 418, 419, 420);
        assertThat(Metrics.peak(m.result(), 1)).isEqualTo(0.5);
        assertThat(past.peak(1)).isEqualTo(1.0);
        assertThat(past.last(0)).isEqualTo(0.0);
        assertThat(past.last(1)).isEqualTo(0.0);
    }

    @Test
    void aRunThatNeverReachedZeroCannotBeContinued() {
        assertThatThrownBy(() -> PastZeroError.of(Measured.run(PaperRuns.gd("0.001")), 1))
                .hasMessageContaining("never reached zero error");
    }
}
