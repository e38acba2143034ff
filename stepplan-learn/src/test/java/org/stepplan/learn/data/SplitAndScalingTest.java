package org.stepplan.learn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stratified seeded splits, and z-scores with the training set's statistics. */
class SplitAndScalingTest {

    private static Dataset labelled(int[] labels, double[] x, int d) {
        return new Dataset("t", x, labels, d, List.of("a", "b", "c"));
    }

    private static Dataset hundred() {
        int[] y = new int[100];
        double[] x = new double[100];
        for (int i = 0; i < 100; i++) {
            y[i] = i < 50 ? 0 : i < 80 ? 1 : 2;
            x[i] = i;
        }
        return labelled(y, x, 1);
    }

    @Test
    void splitKeepsEachClassProportion() {
        Split s = StratifiedSplit.of(hundred(), 0.2, 1);
        assertThat(s.test().classCounts()).containsExactly(10, 6, 4);
        assertThat(s.train().classCounts()).containsExactly(40, 24, 16);
    }

    @Test
    void splitDependsOnItsSeedOnly() {
        Split a = StratifiedSplit.of(hundred(), 0.2, 1);
        Split b = StratifiedSplit.of(hundred(), 0.2, 1);
        Split c = StratifiedSplit.of(hundred(), 0.2, 2);
        assertThat(a.test().rowMajorFeatures()).containsExactly(b.test().rowMajorFeatures());
        assertThat(a.test().rowMajorFeatures()).isNotEqualTo(c.test().rowMajorFeatures());
    }

    @Test
    void fractionZeroTrainsOnEveryExampleInFileOrder() {
        Split s = StratifiedSplit.of(hundred(), 0.0, 1);
        assertThat(s.test().examples()).isZero();
        assertThat(s.train().rowMajorFeatures()).containsExactly(hundred().rowMajorFeatures());
    }

    @Test
    void fractionOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> StratifiedSplit.of(hundred(), 1.0, 1)).hasMessageContaining("test_fraction");
        assertThatThrownBy(() -> StratifiedSplit.of(hundred(), -0.1, 1)).hasMessageContaining("-0.1");
    }

    @Test
    void standardizationUsesTrainingMeanAndPopulationDeviationAndZeroesConstantColumns() {
        Dataset train = labelled(new int[] {0, 1, 2, 0}, new double[] {1, 5, 2, 5, 3, 5, 6, 5}, 2);
        Dataset test = labelled(new int[] {1}, new double[] {4, 7}, 2);
        Split s = Standardization.apply(new Split(train, test));
        // column 0 over training: mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5
        double sd = Math.sqrt(3.5);
        assertThat(s.train().rowMajorFeatures()).containsExactly(-2 / sd, 0, -1 / sd, 0, 0, 0, 3 / sd, 0);
        assertThat(s.test().rowMajorFeatures()).containsExactly(1 / sd, 0);
    }

    @Test
    void dataDirectoryFollowsTheEnvironment() {
        assertThat(DataDirectory.resolve(Map.of("STEPPLAN_DATA", "/d"), "/home/u")).hasToString("/d");
        assertThat(DataDirectory.resolve(Map.of("XDG_CACHE_HOME", "/c"), "/home/u")).hasToString("/c/stepplan/data");
        assertThat(DataDirectory.resolve(Map.of(), "/home/u")).hasToString("/home/u/.cache/stepplan/data");
    }
}
