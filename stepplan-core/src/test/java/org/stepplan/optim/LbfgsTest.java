package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceMemory;

/** {@link Lbfgs}: frozen counts, the failure path (restart once, then stop) and a step that allocates nothing. */
class LbfgsTest {

    private static final double[] START = {3, 2, -2};

    @Test
    void firstStepEvaluatesTheStartThenEveryStepAcceptsItsFirstTrialOnTheQuadratic() {
        SeparableQuadratic q = SeparableQuadratic.wellConditioned();
        Oracle oracle = Oracle.of(q);
        Optimizer opt = Methods.configure("lbfgs", Map.of()).create(3);
        double[] w = START.clone();
        List<Long> counts = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            long g0 = oracle.gradientEvaluations();
            opt.step(w, oracle);
            counts.add(oracle.gradientEvaluations() - g0);
        }
        assertThat(counts).containsExactly(2L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(opt.stepSize(0)).isEqualTo(1.0);
        assertThat(q.value(w)).isLessThan(1e-14);
    }

    @Test
    void firstTrialOfTheFirstStepIsAtUnitDistanceAlongMinusTheGradient() {
        Recording f = new Recording(SeparableQuadratic.wellConditioned(), Integer.MAX_VALUE);
        Methods.configure("lbfgs", Map.of()).create(3).step(START.clone(), Oracle.of(f));
        // g(3, 2, -2) = (2, 6, -7.5); the first trial is x - g / ||g|| (L-BFGS-B's 1/||d|| without pairs)
        double norm = Math.sqrt(4 + 36 + 56.25);
        assertThat(f.points.get(1)).containsExactly(3 - 2 / norm, 2 - 6 / norm, -2 + 7.5 / norm);
    }

    @Test
    void lineSearchFailureWithoutMemoryStopsTheRunWithStatusStopped() {
        Recording f = new Recording(SeparableQuadratic.wellConditioned(), 1); // every trial's value rises
        Result r = Minimizer.minimize(Oracle.of(f), Methods.configure("lbfgs", Map.of()), START,
                Monitor.of(SeparableQuadratic.wellConditioned(), null), StoppingRules.iterations(50), TraceMemory.ALL);
        assertThat(r.status()).isEqualTo(Status.STOPPED);
        assertThat(r.iterations()).isEqualTo(1);
        assertThat(r.trace().get(1).event()).isEqualTo("line-search-failed");
        assertThat(r.w()).containsExactly(START);
        assertThat(r.gradEvals()).isBetween(2L, 1L + Lbfgs.MAX_TRIALS);
    }

    @Test
    void lineSearchFailureWithMemoryRetriesOnceFromSteepestDescentThenStops() {
        Recording f = new Recording(SeparableQuadratic.wellConditioned(), 3); // honest for the first two steps
        Optimizer opt = Methods.configure("lbfgs", Map.of()).create(3);
        Oracle oracle = Oracle.of(f);
        double[] w = START.clone();
        opt.step(w, oracle);
        opt.step(w, oracle);
        assertThat(f.points).hasSize(3);
        double[] x = w.clone();
        double[] g = new double[3];
        SeparableQuadratic.wellConditioned().valueAndGradient(x, g);
        opt.step(w, oracle);
        assertThat(opt.stopped()).isTrue();
        assertThat(opt.lastEvent()).isEqualTo("line-search-failed");
        assertThat(w).containsExactly(x);
        // the first search of step 3 follows the L-BFGS direction, the last trial away from x (a search that ends
        // without progress evaluates x itself, MINPACK's stp = stx = 0) the steepest-descent ray x - t g
        double[] lastMove = f.points.stream().filter(p -> !Arrays.equals(p, x)).reduce((a, b) -> b).orElseThrow();
        assertThat(cosineToMinusGradient(f.points.get(3), x, g)).isLessThan(1 - 1e-6);
        assertThat(cosineToMinusGradient(lastMove, x, g)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        long before = oracle.gradientEvaluations();
        opt.step(w, oracle);
        assertThat(oracle.gradientEvaluations()).as("a stopped method evaluates nothing").isEqualTo(before);
    }

    @Test
    void stepAllocatesNothingAfterWarmUpOverWholeRuns() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int d = 64;
        double[] q = new double[d];
        double[] c = new double[d];
        for (int i = 0; i < d; i++) {
            q[i] = 1 + i % 7;
            c[i] = (i % 3) - 1;
        }
        Oracle oracle = Oracle.of(new SeparableQuadratic(q, c));
        OptimizerConfig config = Methods.configure("lbfgs", Map.of("m", "5"));
        for (int run = 0; run < 300; run++) { // warm-up: whole runs to the stop, every path of the line search
            runToStop(config.create(d), new double[d], oracle);
        }
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            Optimizer opt = config.create(d);
            double[] w = new double[d];
            long before = threads.getCurrentThreadAllocatedBytes();
            int steps = runToStop(opt, w, oracle);
            long after = threads.getCurrentThreadAllocatedBytes();
            long overhead = threads.getCurrentThreadAllocatedBytes() - after;
            assertThat(steps).isGreaterThan(10);
            least = Math.min(least, after - before - overhead);
        }
        assertThat(least).isZero();
    }

    private static int runToStop(Optimizer opt, double[] w, Oracle oracle) {
        int k = 0;
        while (!opt.stopped() && k < 500) {
            opt.step(w, oracle);
            k++;
        }
        return k;
    }

    private static double cosineToMinusGradient(double[] point, double[] x, double[] g) {
        double dot = 0;
        double nd = 0;
        double ng = 0;
        for (int i = 0; i < x.length; i++) {
            double di = point[i] - x[i];
            dot -= di * g[i];
            nd += di * di;
            ng += g[i] * g[i];
        }
        return dot / Math.sqrt(nd * ng);
    }

    /**
     * Records every evaluated point; from evaluation {@code lyingFrom} (1-based) on, the returned value is 1e6 more
     * than at any point before, so no trial satisfies sufficient decrease (the gradient stays honest).
     */
    private static final class Recording implements Objective {
        private final Objective f;
        private final int lyingFrom;
        final List<double[]> points = new ArrayList<>();

        Recording(Objective f, int lyingFrom) {
            this.f = f;
            this.lyingFrom = lyingFrom;
        }

        @Override
        public int dimension() {
            return f.dimension();
        }

        @Override
        public double value(double[] w) {
            return f.value(w);
        }

        @Override
        public double valueAndGradient(double[] w, double[] gradient) {
            points.add(Arrays.copyOf(w, w.length));
            double v = f.valueAndGradient(w, gradient);
            return points.size() > lyingFrom ? v + 1e6 * points.size() : v;
        }
    }
}
