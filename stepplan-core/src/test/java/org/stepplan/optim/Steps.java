package org.stepplan.optim;

import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;

/** Test support: runs an optimizer for a few steps on a tiny separable quadratic and records what it did. */
final class Steps {

    /** w after each step (row k = after step k+1). */
    final double[][] w;
    /** every step size after each step. */
    final double[][] stepSizes;
    /** the optimizer, after the last step. */
    final Optimizer optimizer;

    private Steps(double[][] w, double[][] stepSizes, Optimizer optimizer) {
        this.w = w;
        this.stepSizes = stepSizes;
        this.optimizer = optimizer;
    }

    /** {@code f(w) = 0.5 sum_i q_i (w_i - c_i)^2}, so {@code g_i = q_i (w_i - c_i)}. */
    static Oracle quadratic(double[] q, double[] c) {
        return Oracle.of(new SeparableQuadratic(q, c));
    }

    /** {@code f(w) = 0.5 w^2}, so {@code g = w}. */
    static Oracle halfSquare() {
        return quadratic(new double[] {1}, new double[] {0});
    }

    static Steps run(OptimizerConfig config, Oracle oracle, double[] start, int steps) {
        Optimizer opt = config.create(oracle.dimension());
        double[] w = start.clone();
        double[][] ws = new double[steps][];
        double[][] ss = new double[steps][];
        for (int k = 0; k < steps; k++) {
            opt.step(w, oracle);
            ws[k] = w.clone();
            ss[k] = new double[opt.stepSizeCount()];
            for (int i = 0; i < ss[k].length; i++) {
                ss[k][i] = opt.stepSize(i);
            }
        }
        return new Steps(ws, ss, opt);
    }

    /** Component 0 of w after step {@code k} (1-based). */
    double w(int k) {
        return w[k - 1][0];
    }

    /** Step size 0 after step {@code k} (1-based). */
    double stepSize(int k) {
        return stepSizes[k - 1][0];
    }
}
