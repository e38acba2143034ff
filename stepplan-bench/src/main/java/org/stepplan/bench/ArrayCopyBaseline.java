package org.stepplan.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Copying one d-vector: the memory-bandwidth floor that {@link StepBenchmark}'s figures are read against. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ArrayCopyBaseline {

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
