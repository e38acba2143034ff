package org.stepplan.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;
import org.stepplan.planning.StepSizePlanning;

/**
 * A long run at a large dimension holds the optimizer's state and a few vectors, not its history: 10,000 iterations of
 * csawg K=10 at d = 100,000 (before streaming, the trace alone held 10,000 copies of the 100,000 step sizes: 8 GB).
 */
class StreamingMemoryTest {

    private static final int D = 100_000;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Test
    void heapAfterALongLargeRunIsTheStatePlusAFixedMargin() {
        double[] q = new double[D];
        double[] c = new double[D];
        for (int i = 0; i < D; i++) {
            q[i] = 1 + i % 10;
            c[i] = 1;
        }
        SeparableQuadratic f = new SeparableQuadratic(q, c);
        double[] start = new double[D];
        StepSizePlanning.Config csawg = StepSizePlanning.Config.csawg(0.01, 10);
        long before = usedAfterGc();
        long[] during = new long[1];
        Result r = Minimizer.minimize(Oracle.of(f), csawg, start, Monitor.of(f, c), StoppingRules.iterations(10_000)
                .continuingPastZeroError(), new RunListener() {
                    @Override
                    public void onIteration(Iteration it) {
                        if (it.iteration() == 10_000) { // the last row: the optimizer and the run are still live
                            during[0] = usedAfterGc();
                        }
                    }
                });
        assertThat(r.iterations()).isEqualTo(10_000);
        long state = MemoryEstimate.runBytes(csawg, D); // (2K + 6) * 8d = 20.8 MB
        long margin = 4L << 20;
        assertThat(during[0] - before).isPositive().isLessThan(state + margin);
    }

    private static long usedAfterGc() {
        MEMORY.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
