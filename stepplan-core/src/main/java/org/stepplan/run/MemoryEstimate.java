package org.stepplan.run;

import org.stepplan.optim.OptimizerConfig;
import org.stepplan.optim.OptimizerState;

/**
 * The heap a run needs, estimated before it starts so that a run too big for the JVM is refused with a clear message
 * instead of failing with an {@link OutOfMemoryError} after minutes.
 *
 * <p>The optimizer's state is read off its exact snapshot, which holds every vector the method keeps: the doubles of
 * a snapshot at d = 2 minus those at d = 1 give the vectors of length d, the rest is fixed. A run adds
 * {@value #RUN_VECTORS} vectors of its own (w, the gradient buffer, the start). For step-size planning the snapshot
 * holds 2K + 3 vectors (the ring, the two fit sums, alpha), so the estimate is (2K + 6) * 8d bytes.
 */
public final class MemoryEstimate {

    /** Vectors of length d a run holds besides the optimizer's snapshot: w, a gradient buffer and the start. */
    public static final int RUN_VECTORS = 3;

    private MemoryEstimate() {
    }

    /** Bytes of the run's vectors and the state of {@code config} at {@code dimension}. */
    public static long runBytes(OptimizerConfig config, int dimension) {
        long small = doubles(config.create(1).snapshot());
        long perComponent = doubles(config.create(2).snapshot()) - small;
        long fixed = small - perComponent;
        return Double.BYTES * ((perComponent + RUN_VECTORS) * dimension + fixed);
    }

    /**
     * Refuses a run whose estimated need is above the heap the JVM can still give.
     *
     * @param what names the run in the message (for example {@code csawg at d=1000000})
     * @param need bytes the run needs beyond what is allocated now ({@link #runBytes})
     * @throws IllegalArgumentException naming the need, the heap and how to raise it
     */
    public static void requireHeap(String what, long need) {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        long used = rt.totalMemory() - rt.freeMemory();
        long available = max - used;
        if (need > available) {
            throw new IllegalArgumentException(what + " needs about " + megabytes(need) + " MB of heap but the JVM "
                    + "has " + megabytes(available) + " MB left of its maximum " + megabytes(max) + " MB; raise it "
                    + "with the JVM option -Xmx (stepplan: STEPPLAN_JAVA_OPTS=-Xmx" + (((used + need) >> 30) + 1) + "g)");
        }
    }

    private static long doubles(OptimizerState state) {
        long n = 0;
        for (String name : state.arrayNames()) {
            n += state.array(name).length;
        }
        return n;
    }

    private static long megabytes(long bytes) {
        return (bytes + (1L << 20) - 1) >> 20;
    }
}
