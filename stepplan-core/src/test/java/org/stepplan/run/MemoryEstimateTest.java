package org.stepplan.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepplan.optim.GradientDescent;
import org.stepplan.planning.StepSizePlanning;

class MemoryEstimateTest {

    @Test
    void planningNeedsItsRingSumsAlphaAndTheRunsVectors() {
        // snapshot: K (w, g) slots + sum1 + sum2 + alpha = 2K + 3 vectors; the run adds w, a gradient and the start
        assertThat(MemoryEstimate.runBytes(StepSizePlanning.Config.csawg(0.1, 10), 1000))
                .isEqualTo((2 * 10 + 3 + 3) * 8L * 1000);
        assertThat(MemoryEstimate.runBytes(new GradientDescent.Config(0.1), 1000)).isEqualTo(3 * 8L * 1000);
    }

    @Test
    void aRunAboveTheHeapIsRefusedNamingNeedHeapAndSetting() {
        long max = Runtime.getRuntime().maxMemory();
        long need = max + (1L << 30);
        assertThatThrownBy(() -> MemoryEstimate.requireHeap("csawg on q (d=9)", need))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("csawg on q (d=9) needs about " + mb(need) + " MB of heap")
                .hasMessageContaining("of its maximum " + mb(max) + " MB")
                .hasMessageContaining("STEPPLAN_JAVA_OPTS=-Xmx");
        MemoryEstimate.requireHeap("small", 1 << 20);
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
