package org.stepplan.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** Copying one d-vector: the memory-bandwidth floor that {@link StepBenchmark}'s figures are read against. */
public class ArrayCopyBaseline extends MicrosecondBenchmark {

    @Param({"1000", "1000000"})
    int d;

    private double[] from;
    private double[] to;

    @Setup(Level.Trial)
    public void setUp() {
        from = new double[d];
        to = new double[d];
        for (int i = 0; i < d; i++) {
            from[i] = i;
        }
    }

    @Benchmark
    public double[] copy() {
        System.arraycopy(from, 0, to, 0, d);
        return to;
    }
}
