package org.stepplan.paper.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.run.Status;

class PastZeroErrorTest {

    /**
     * Csawg K2 on the quadratic reaches w* at k = 414; the next plan fits α(2) = 1 exactly (the component of curvature
     * 1, where g = w − w*), and once every buffered gradient is 0 both step sizes are 0.
     */
    @Test
    void stepSizeOfTheUnitCurvatureComponentPeaksAtExactlyOneThenDropsToZero() {
        PastZeroError past = PastZeroError.of(Measured.run(PaperRuns.quadraticCsawgPastZero(2)));
        assertThat(past.zeroAt()).isEqualTo(414);
        assertThat(past.iterations()).containsExactly(415, 416, 417, 418, 419, 420);
        assertThat(past.peakUntilZero(1)).isEqualTo(0.5);
        assertThat(past.peak(1)).isEqualTo(1.0);
        assertThat(past.last(0)).isEqualTo(0.0);
        assertThat(past.last(1)).isEqualTo(0.0);
    }

    /** The continued runs are the stopped runs of Figures 3 and 4 up to zero error, row for row, bit for bit. */
    @ParameterizedTest
    @ValueSource(ints = {2, 10, 100, 1000})
    void goingOnPastZeroRepeatsTheStoppedRunUpToZeroError(int k) {
        Measured stopped = Measured.run(PaperRuns.quadraticCsawg(k));
        Measured continued = Measured.run(PaperRuns.quadraticCsawgPastZero(k));
        long zeroAt = stopped.result().firstZeroError().iterations();
        assertThat(continued.result().firstZeroError()).isEqualTo(stopped.result().firstZeroError());
        assertThat(continued.result().status()).isEqualTo(Status.CONVERGED);
        assertThat(continued.result().iterations()).isEqualTo(zeroAt + (long) PaperRuns.PAST_ZERO_PLANS * k);
        assertThat(continued.trace().subList(0, (int) zeroAt + 1)).usingRecursiveComparison()
                .isEqualTo(stopped.trace());
    }

    @Test
    void aRunThatNeverReachedZeroHasNoStepSizesPastIt() {
        assertThatThrownBy(() -> PastZeroError.of(Measured.run(PaperRuns.gd(0.001))))
                .hasMessageContaining("never reached zero error");
    }
}
