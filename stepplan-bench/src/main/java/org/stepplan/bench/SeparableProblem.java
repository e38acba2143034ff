package org.stepplan.bench;

import org.stepplan.problems.Quadratic;

/**
 * The benchmarks' problem: {@code 0.5 sum_i q_i (w_i - 1)^2} with q_i = 1 + (i mod 10), started at
 * w_i = -1 + (i mod 3).
 *
 * @param q       the diagonal
 * @param optimum w* = (1, ..., 1)
 * @param start   the start
 */
record SeparableProblem(double[] q, double[] optimum, double[] start) {

    static SeparableProblem of(int d) {
        double[] q = new double[d];
        double[] optimum = new double[d];
        double[] start = new double[d];
        for (int i = 0; i < d; i++) {
            q[i] = 1.0 + (i % 10);
            optimum[i] = 1.0;
            start[i] = -1.0 + (i % 3);
        }
        return new SeparableProblem(q, optimum, start);
    }

    /** A fresh objective (each keeps its own scratch). */
    Quadratic objective() {
        return Quadratic.diagonal(q, optimum);
    }
}
