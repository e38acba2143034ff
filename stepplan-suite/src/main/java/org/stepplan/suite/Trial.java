package org.stepplan.suite;

/**
 * One run of the benchmark: a setting on a problem, measured.
 *
 * @param problem    the problem
 * @param setting    the setting
 * @param status     how the run ended ({@code stopped}, {@code max-grad-evals}, ...)
 * @param f0         f at the start
 * @param bestSoFar  the best value after each evaluation (value-only and value-and-gradient evaluations alike)
 * @param finalValue f at the run's last iterate
 * @param w          the last iterate
 * @param tol        the tolerance T of the solved test
 * @param fStar      f*: the published optimal value, or (Moré and Wild's f_L) the least value any run of the
 *                   benchmark reached on this problem; NaN until known
 * @param wallNanos  the run's wall time (the only measurement that varies between identical runs)
 */
public record Trial(BenchProblem problem, Setting setting, String status, double f0, double[] bestSoFar,
                    double finalValue, double[] w, double tol, double fStar, long wallNanos) {

    /** This trial measured against {@code optimalValue}. */
    public Trial withOptimalValue(double optimalValue) {
        return new Trial(problem, setting, status, f0, bestSoFar, finalValue, w, tol, optimalValue, wallNanos);
    }

    /** Evaluations made. */
    public int evaluations() {
        return bestSoFar.length;
    }

    /**
     * The evaluations until the first evaluated point with f - f* &lt;= T (f0 - f*) (Moré and Wild's convergence
     * test), or -1 if none within the run.
     */
    public int evaluationsToSolve() {
        double threshold = tol * (f0 - fStar);
        for (int k = 0; k < bestSoFar.length; k++) {
            if (bestSoFar[k] - fStar <= threshold) {
                return k + 1;
            }
        }
        return -1;
    }

    /** True when the convergence test was met within the budget. */
    public boolean solved() {
        return evaluationsToSolve() > 0;
    }

    /** f - f* at the last iterate (NaN when it diverged). */
    public double finalGap() {
        return finalValue - fStar;
    }

    /** The smallest f - f* evaluated. */
    public double bestGap() {
        return bestSoFar.length == 0 ? Double.NaN : bestSoFar[bestSoFar.length - 1] - fStar;
    }

    /**
     * Correct significant digits of the best value against f* (the log relative error of NIST StRD's
     * certification, -log10(|f - f*| / |f*|), 0 when below 0, 15.9 when exact).
     */
    public double digitsOfValue() {
        double best = bestSoFar.length == 0 ? Double.NaN : bestSoFar[bestSoFar.length - 1];
        return logRelativeError(best, fStar);
    }

    /** The fewest correct digits over the last iterate's components against w* (NaN when w* is unknown). */
    public double digitsOfParameters() {
        double[] wStar = problem.problem().optimum();
        if (wStar == null) {
            return Double.NaN;
        }
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < wStar.length; i++) {
            least = Math.min(least, logRelativeError(w[i], wStar[i]));
        }
        return least;
    }

    /** -log10(|x - c| / |c|) (absolute when c = 0), in [0, 15.9]; 0 for a non-finite x. */
    static double logRelativeError(double x, double c) {
        if (!Double.isFinite(x)) {
            return 0.0;
        }
        double err = c == 0 ? Math.abs(x) : Math.abs(x - c) / Math.abs(c);
        if (err == 0) {
            return 15.9;
        }
        return Math.max(0.0, Math.min(15.9, -Math.log10(err)));
    }
}
