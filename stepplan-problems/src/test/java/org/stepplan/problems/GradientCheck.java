package org.stepplan.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.stepplan.core.Objective;

/** Checks an analytic gradient against central finite differences (shared by the suites' tests). */
public final class GradientCheck {

    private static final double EPS = Math.ulp(1.0);

    private GradientCheck() {
    }

    /**
     * Asserts that {@code f.valueAndGradient} at {@code x} returns {@code f.value(x)} and a gradient that matches the
     * central differences {@code (f(x + h e_j) - f(x - h e_j)) / 2h}, {@code h = 1e-6 max(1, |x_j|)}, component by
     * component within {@code 1e-6 max(1, |g|_inf)} (truncation) plus {@code 8 eps |f| / h} (rounding of f).
     */
    public static void assertMatchesFiniteDifferences(Objective f, double[] x) {
        assertMatchesFiniteDifferences(f, x, false);
    }

    /**
     * As {@link #assertMatchesFiniteDifferences(Objective, double[])}; with {@code relativeSteps} the step is
     * {@code h = 1e-6 |x_j|} (1e-6 where x_j = 0), for parameters of very different scales (regression coefficients
     * of 1e-7 next to ones of 1).
     */
    public static void assertMatchesFiniteDifferences(Objective f, double[] x, boolean relativeSteps) {
        double[] g = new double[x.length];
        double value = f.valueAndGradient(x.clone(), g);
        assertThat(value).isEqualTo(f.value(x.clone()));
        double scale = 1.0;
        for (double gj : g) {
            scale = Math.max(scale, Math.abs(gj));
        }
        for (int j = 0; j < x.length; j++) {
            double h = relativeSteps && x[j] != 0.0 ? 1e-6 * Math.abs(x[j]) : 1e-6 * Math.max(1.0, Math.abs(x[j]));
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[j] += h;
            minus[j] -= h;
            double fPlus = f.value(plus);
            double fMinus = f.value(minus);
            double numeric = (fPlus - fMinus) / (2.0 * h);
            double rounding = 8.0 * EPS * Math.max(Math.abs(fPlus), Math.abs(fMinus)) / h;
            assertThat(g[j]).as("d f / d x_%d", j).isCloseTo(numeric, within(1e-6 * scale + rounding));
        }
    }
}
