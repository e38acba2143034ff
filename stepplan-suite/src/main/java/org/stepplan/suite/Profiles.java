package org.stepplan.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dolan-Moré performance profiles and Moré-Wild data profiles of the chosen settings on one suite, as step curves.
 *
 * <pre>
 * t_{p,s}   evaluations method s needs to pass f - f* &lt;= T (f0 - f*) on problem p (infinite if it does not)
 * performance profile (Dolan and Moré, Math. Prog. 91, 2002):
 *     r_{p,s} = t_{p,s} / min_s t_{p,s};        rho_s(tau) = |{p : r_{p,s} &lt;= tau}| / |P|,   drawn over log2 tau
 * data profile (Moré and Wild, SIAM J. Optim. 20, 2009):
 *     d_s(kappa) = |{p : t_{p,s} &lt;= kappa (n_p + 1)}| / |P|,   kappa in simplex gradients (n_p + 1 evaluations)
 * </pre>
 */
public final class Profiles {

    /**
     * One method's step curve.
     *
     * @param method the method
     * @param x      the abscissae (log2 tau, or kappa), non-decreasing
     * @param y      the fraction of problems, in [0, 1]
     */
    public record Curve(String method, double[] x, double[] y) {
    }

    private Profiles() {
    }

    /** The performance profiles of {@code chosen} (all on the same problems, in the same order). */
    public static List<Curve> performance(List<Selection.Chosen> chosen) {
        int problems = chosen.get(0).trials().size();
        double[][] ratios = new double[chosen.size()][problems];
        double largest = 1.0;
        for (int p = 0; p < problems; p++) {
            double least = Double.POSITIVE_INFINITY;
            for (Selection.Chosen c : chosen) {
                least = Math.min(least, cost(c.trials().get(p)));
            }
            for (int s = 0; s < chosen.size(); s++) {
                double r = cost(chosen.get(s).trials().get(p)) / least; // infinite when s (or everyone) fails
                ratios[s][p] = r;
                if (Double.isFinite(r)) {
                    largest = Math.max(largest, r);
                }
            }
        }
        double xMax = Math.max(1.0, log2(largest) * 1.05);
        List<Curve> curves = new ArrayList<>();
        for (int s = 0; s < chosen.size(); s++) {
            double[] at = Arrays.stream(ratios[s]).map(Profiles::log2).toArray();
            curves.add(staircase(chosen.get(s).entrant().method(), at, 0.0, xMax));
        }
        return curves;
    }

    /** The data profiles of {@code chosen} within {@code budget} evaluations. */
    public static List<Curve> data(List<Selection.Chosen> chosen, long budget) {
        int problems = chosen.get(0).trials().size();
        double xMax = 0;
        for (int p = 0; p < problems; p++) {
            xMax = Math.max(xMax, (double) budget / (dimension(chosen.get(0).trials().get(p)) + 1));
        }
        List<Curve> curves = new ArrayList<>();
        for (Selection.Chosen c : chosen) {
            double[] at = new double[problems];
            for (int p = 0; p < problems; p++) {
                Trial t = c.trials().get(p);
                at[p] = cost(t) / (dimension(t) + 1);
            }
            curves.add(staircase(c.entrant().method(), at, 0.0, xMax));
        }
        return curves;
    }

    private static int dimension(Trial t) {
        return t.problem().problem().dimension();
    }

    private static double cost(Trial t) {
        return t.solved() ? t.evaluationsToSolve() : Double.POSITIVE_INFINITY;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The fraction of {@code at} at or below x, as a step curve over [x0, x1] (infinite entries never count). */
    static Curve staircase(String method, double[] at, double x0, double x1) {
        double[] sorted = at.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        List<double[]> points = new ArrayList<>();
        int below = 0;
        while (below < n && sorted[below] <= x0) {
            below++;
        }
        points.add(new double[] {x0, (double) below / n});
        while (below < n && sorted[below] <= x1) {
            double x = sorted[below];
            points.add(new double[] {x, (double) below / n});
            while (below < n && sorted[below] == x) {
                below++;
            }
            points.add(new double[] {x, (double) below / n});
        }
        points.add(new double[] {x1, (double) below / n});
        double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
        return new Curve(method, xs, ys);
    }
}
