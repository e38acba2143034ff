package org.stepplan.core;

/** Test objective {@code f(w) = 0.5 sum_i q_i (w_i - c_i)^2}, gradient {@code q_i (w_i - c_i)}. */
public final class SeparableQuadratic implements Objective {

    private final double[] q;
    private final double[] c;

    public SeparableQuadratic(double[] q, double[] c) {
        this.q = q.clone();
        this.c = c.clone();
    }

    /** A well-conditioned instance: q = (1, 2, 3), minimizer (1, -1, 0.5). */
    public static SeparableQuadratic wellConditioned() {
        return new SeparableQuadratic(new double[] {1, 2, 3}, new double[] {1, -1, 0.5});
    }

    public double[] minimizer() {
        return c.clone();
    }

    @Override
    public int dimension() {
        return q.length;
    }

    @Override
    public double value(double[] w) {
        double f = 0;
        for (int i = 0; i < q.length; i++) {
            double r = w[i] - c[i];
            f += q[i] * r * r;
        }
        return 0.5 * f;
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        for (int i = 0; i < q.length; i++) {
            gradient[i] = q[i] * (w[i] - c[i]);
        }
        return value(w);
    }
}
