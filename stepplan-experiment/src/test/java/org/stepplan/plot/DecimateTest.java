package org.stepplan.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DecimateTest {

    @Test
    void aShortCurveIsKeptWhole() {
        assertThat(Decimate.minMax(new double[] {3, 1, 2}, 10)).containsExactly(0, 1, 2);
    }

    @Test
    void tooFewPointsIsRejected() {
        assertThatThrownBy(() -> Decimate.minMax(new double[100], 3)).hasMessageContaining("maxPoints")
                .hasMessageContaining("3");
    }

    /** Over seeded random curves: few enough points, ascending, first and last kept, global extremes kept. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void keepsTheEndsAndEveryBucketsExtremesInOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1_000 + random.nextInt(20_000);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextGaussian();
        }
        int spike = 1 + random.nextInt(n - 2);
        y[spike] = 1e6;
        int[] keep = Decimate.minMax(y, 500);
        assertThat(keep.length).isLessThanOrEqualTo(500);
        assertThat(keep[0]).isEqualTo(0);
        assertThat(keep[keep.length - 1]).isEqualTo(n - 1);
        assertThat(keep).isSorted().doesNotHaveDuplicates().contains(spike);
        int min = 1;
        for (int i = 2; i < n - 1; i++) {
            min = y[i] < y[min] ? i : min;
        }
        assertThat(keep).contains(min);
    }

    @Test
    void aSeriesKeepsItsNameAndLookAndTheChosenPoints() {
        double[] x = new double[1000];
        double[] y = new double[1000];
        Arrays.setAll(x, i -> i);
        Arrays.setAll(y, i -> Math.sin(i / 10.0));
        Series s = Decimate.series(new Series("s", x, y, Look.line(Palette.GD)), 100);
        assertThat(s.name()).isEqualTo("s");
        assertThat(s.size()).isLessThanOrEqualTo(100);
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.y(i)).isEqualTo(Math.sin(s.x(i) / 10.0));
        }
    }
}
