package org.stepplan.suite;

import java.util.Arrays;
import org.stepplan.core.Objective;

/**
 * An objective that records, after each evaluation (value-only or value and gradient: each counts as one), the best
 * value seen so far: the quantity Moré and Wild's data profiles are built on ("the best value found within the first
 * k evaluations").
 */
final class EvaluationLog implements Objective {

    private final Objective f;
    private double[] best = new double[64];
    private int count;
    private double bestValue = Double.POSITIVE_INFINITY;

    EvaluationLog(Objective f) {
        this.f = f;
    }

    @Override
    public int dimension() {
        return f.dimension();
    }

    @Override
    public double value(double[] w) {
        return record(f.value(w));
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        return record(f.valueAndGradient(w, gradient));
    }

    private double record(double v) {
        if (v < bestValue) { // NaN never improves the best
            bestValue = v;
        }
        if (count == best.length) {
            best = Arrays.copyOf(best, 2 * count);
        }
        best[count++] = bestValue;
        return v;
    }

    /** The best value after each evaluation, in order (+infinity while nothing finite was seen). */
    double[] bestSoFar() {
        return Arrays.copyOf(best, count);
    }
}
