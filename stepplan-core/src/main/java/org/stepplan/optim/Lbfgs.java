package org.stepplan.optim;

import java.util.Arrays;
import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;
import org.stepplan.core.Vectors;

/**
 * Limited-memory BFGS (Nocedal, "Updating quasi-Newton matrices with limited storage", Math. Comp. 35, 1980; Liu and
 * Nocedal, Math. Prog. 45, 1989; Nocedal and Wright, Numerical Optimization, 2nd ed., Algorithms 7.4-7.5) with the
 * Moré-Thuente strong-Wolfe line search ({@link MoreThuente}).
 *
 * <pre>
 * input: memory m &gt;= 1, c1 = 1e-4, c2 = 0.9, at most 20 trial points per line search
 * state: the last m pairs s_i = x_{i+1} - x_i, y_i = g_{i+1} - g_i with rho_i = 1 / (y_i·s_i);
 *        the current point x_k, f_k, g_k
 * loop:
 *   direction (two-loop recursion):  q = g_k
 *       for i = newest .. oldest:  a_i = rho_i s_i·q;   q = q - a_i y_i
 *       r = gamma_k q,  gamma_k = s·y / y·y of the newest pair (1 with no pair)
 *       for i = oldest .. newest:  b = rho_i y_i·r;     r = r + (a_i - b) s_i
 *       d = -r
 *   line search: alpha from Moré-Thuente on phi(alpha) = f(x_k + alpha d), first trial 1 (1/||d|| with no pair,
 *       as L-BFGS-B), every trial point one gradient evaluation; x_{k+1} = x_k + alpha d
 *   memory: keep (s_k, y_k) when s_k·y_k &gt; eps y_k·y_k (eps = 2.2e-16, L-BFGS-B's test); the oldest pair goes first
 * </pre>
 *
 * <p>Failure handling follows L-BFGS-B: a line search fails when d is not a descent direction, when 20 trials pass
 * without an acceptable point, or when it stops on a warning (interval below xtol = 0.1, rounding errors) at a point
 * without sufficient decrease. On a failure with pairs in memory the memory is dropped and the same iteration is
 * retried once from steepest descent (event {@code restart}); a failure of that steepest-descent search (or a zero
 * gradient) leaves w at the last accepted point and stops the method ({@link #stopped()}, event
 * {@code line-search-failed} or {@code zero-gradient}); the run loop then ends with status {@code stopped}. A trial
 * point with a non-finite value or gradient is divergence (event {@code diverged}): the search ends there and w is
 * made non-finite ({@link #diverged}), so the run ends as {@code diverged}, like any method's.
 *
 * <p>The gradient at the current point is carried from the accepted trial of the previous step, so a step costs
 * exactly its trial points; if {@code w} is not the point the last step left (or on the first step), one more
 * gradient evaluation at {@code w} starts the step. The observable step size is the last accepted alpha (1 before the
 * first step).
 */
public final class Lbfgs extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "lbfgs";

    private static final int STATE_VERSION = 1;
    /** Sufficient-decrease constant c1. */
    static final double C1 = 1e-4;
    /** Curvature constant c2. */
    static final double C2 = 0.9;
    /** MINPACK-2's relative interval tolerance, as L-BFGS-B. */
    private static final double XTOL = 0.1;
    /** The largest step, as L-BFGS-B without bounds. */
    private static final double STPMAX = 1e10;
    /** At most this many trial points per line search (L-BFGS-B's limit). */
    static final int MAX_TRIALS = 20;
    /** The curvature test's relative threshold (machine epsilon, as L-BFGS-B). */
    private static final double CURVATURE_EPS = 2.220446049250313e-16;

    /** The hyper-parameters, each declared once below. */
    public record Config(int m) implements DeclaredConfig<Config> {
        public static final Param<Integer> M = Param.integer("m", 10, Param.atLeast(1), "number of (s, y) pairs kept");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, M);

        public Config {
            M.check(m);
        }

        /** Every default. */
        public static Config defaults() {
            return HYPER.defaults();
        }

        @Override
        public HyperParameters<Config> hyperParameters() {
            return HYPER;
        }

        @Override
        public Optimizer create(int dimension) {
            return new Lbfgs(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("limited-memory BFGS with a Moré-Thuente strong-Wolfe line search (Nocedal 1980)",
                Config.HYPER);
    }

    private final int m;
    private final MoreThuente search = new MoreThuente(C1, C2, XTOL, 0.0, STPMAX);
    private final double[] s; // m x d, row i at i*d
    private final double[] y;
    private final double[] rho;
    private final double[] a;
    private final double[] x;
    private final double[] g;
    private final double[] dir;
    private final double[] xTrial;
    private final double[] gTrial;
    private int pairs;
    private int newest = -1;
    private boolean hasPoint;
    private double f;
    private double alpha = 1.0;
    private boolean stopped;
    private String event = NO_EVENT;

    private Lbfgs(Config config, int dimension) {
        super(NAME, dimension);
        this.m = config.m();
        this.s = new double[m * dimension];
        this.y = new double[m * dimension];
        this.rho = new double[m];
        this.a = new double[m];
        this.x = new double[dimension];
        this.g = new double[dimension];
        this.dir = new double[dimension];
        this.xTrial = new double[dimension];
        this.gTrial = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        event = NO_EVENT;
        if (stopped) {
            return;
        }
        if (!hasPoint || !Arrays.equals(w, x)) {
            System.arraycopy(w, 0, x, 0, dimension);
            f = oracle.gradient(x, g);
            hasPoint = true;
        }
        if (isZero(g)) {
            stop("zero-gradient");
            return;
        }
        if (!lineSearch(oracle) && !diverged(w)) {
            if (pairs == 0) {
                stop("line-search-failed");
                return;
            }
            pairs = 0;
            event = "restart";
            if (!lineSearch(oracle) && !diverged(w)) {
                stop("line-search-failed");
                return;
            }
        }
        if (stopped) {
            return;
        }
        remember();
        System.arraycopy(xTrial, 0, x, 0, dimension);
        System.arraycopy(gTrial, 0, g, 0, dimension);
        System.arraycopy(x, 0, w, 0, dimension);
    }

    /** True once the method cannot progress (a failed steepest-descent line search or a zero gradient). */
    @Override
    public boolean stopped() {
        return stopped;
    }

    /**
     * After a failed search: when its last trial had a non-finite value or gradient, the method has diverged: w
     * becomes that trial point plus 0 times its gradient (non-finite where the gradient is, everywhere when the value
     * is not finite, since then so is the loss there), so that the run loop ends the run as {@code diverged} in this
     * iteration, as for every method, and the method stops.
     */
    private boolean diverged(double[] w) {
        if (Double.isFinite(f) && Vectors.allFinite(gTrial)) {
            return false;
        }
        for (int i = 0; i < dimension; i++) {
            w[i] = xTrial[i] + 0.0 * gTrial[i];
        }
        stop("diverged");
        return true;
    }

    private void stop(String why) {
        stopped = true;
        event = why;
    }

    /**
     * Direction from the memory, then Moré-Thuente along it; on success the accepted point is in xTrial, gTrial, f and
     * alpha.
     */
    private boolean lineSearch(Oracle oracle) {
        direction();
        double slope0 = Vectors.dot(g, dir);
        if (!(slope0 < 0.0)) {
            return false;
        }
        double first = pairs == 0 ? Math.min(1.0 / Math.sqrt(Vectors.dot(dir, dir)), STPMAX) : 1.0;
        search.start(f, slope0, first);
        for (int trial = 0; trial < MAX_TRIALS; trial++) {
            double stp = search.step();
            for (int i = 0; i < dimension; i++) {
                xTrial[i] = x[i] + stp * dir[i];
            }
            double ft = oracle.gradient(xTrial, gTrial);
            double slope = Vectors.dot(gTrial, dir);
            if (!Double.isFinite(ft) || !Double.isFinite(slope)) {
                f = ft;
                return false;
            }
            MoreThuente.Task task = search.iterate(ft, slope);
            boolean accepted = task == MoreThuente.Task.CONVERGED
                    || (task == MoreThuente.Task.WARNING && ft <= f + C1 * stp * slope0 && ft < f);
            if (accepted) {
                f = ft;
                alpha = stp;
                return true;
            }
            if (task == MoreThuente.Task.WARNING) {
                return false;
            }
        }
        return false;
    }

    /** d = -H g by the two-loop recursion over the stored pairs. */
    private void direction() {
        for (int i = 0; i < dimension; i++) {
            dir[i] = g[i];
        }
        int slot = newest;
        for (int k = 0; k < pairs; k++) {
            int off = slot * dimension;
            double ai = rho[slot] * dot(s, off, dir, 0);
            a[slot] = ai;
            for (int i = 0; i < dimension; i++) {
                dir[i] -= ai * y[off + i];
            }
            slot = slot == 0 ? m - 1 : slot - 1;
        }
        if (pairs > 0) {
            int off = newest * dimension;
            double gamma = 1.0 / (rho[newest] * dot(y, off, y, off));
            for (int i = 0; i < dimension; i++) {
                dir[i] *= gamma;
            }
        }
        slot = Math.floorMod(newest - pairs + 1, m);
        for (int k = 0; k < pairs; k++) {
            int off = slot * dimension;
            double b = rho[slot] * dot(y, off, dir, 0);
            double coef = a[slot] - b;
            for (int i = 0; i < dimension; i++) {
                dir[i] += coef * s[off + i];
            }
            slot = slot == m - 1 ? 0 : slot + 1;
        }
        for (int i = 0; i < dimension; i++) {
            dir[i] = -dir[i];
        }
    }

    /** Stores s = xTrial - x, y = gTrial - g when s·y &gt; eps y·y. */
    private void remember() {
        double sy = 0;
        double yy = 0;
        for (int i = 0; i < dimension; i++) {
            double si = xTrial[i] - x[i];
            double yi = gTrial[i] - g[i];
            sy += si * yi;
            yy += yi * yi;
        }
        if (!(sy > CURVATURE_EPS * yy)) {
            return;
        }
        newest = newest == m - 1 ? 0 : newest + 1;
        int off = newest * dimension;
        for (int i = 0; i < dimension; i++) {
            s[off + i] = xTrial[i] - x[i];
            y[off + i] = gTrial[i] - g[i];
        }
        rho[newest] = 1.0 / sy;
        pairs = Math.min(pairs + 1, m);
    }

    private static boolean isZero(double[] v) {
        for (double e : v) {
            if (e != 0.0) {
                return false;
            }
        }
        return true;
    }

    /** The dot product of d entries of {@code rows} from {@code off} and of {@code other} from {@code otherOff}. */
    private double dot(double[] rows, int off, double[] other, int otherOff) {
        double sum = 0;
        for (int i = 0; i < dimension; i++) {
            sum += rows[off + i] * other[otherOff + i];
        }
        return sum;
    }

    @Override
    public int stepSizeCount() {
        return 1;
    }

    @Override
    protected double stepSizeAt(int i) {
        return alpha;
    }

    @Override
    public String lastEvent() {
        return event;
    }

    @Override
    public OptimizerState snapshot() {
        OptimizerState.Builder b = OptimizerState.builder(NAME, STATE_VERSION);
        for (int i = 0; i < m; i++) { // one vector of length d per stored s and y (slot order)
            b.array("s" + i, Arrays.copyOfRange(s, i * dimension, (i + 1) * dimension));
            b.array("y" + i, Arrays.copyOfRange(y, i * dimension, (i + 1) * dimension));
        }
        return b.array("rho", rho).array("x", x).array("g", g)
                .scalar("pairs", pairs).scalar("newest", newest).scalar("hasPoint", hasPoint ? 1 : 0)
                .scalar("f", f).scalar("alpha", alpha).scalar("stopped", stopped ? 1 : 0)
                .build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, STATE_VERSION);
        state.copyArray("rho", rho); // its length m checks the memory
        double[] row = new double[dimension];
        for (int i = 0; i < m; i++) {
            state.copyArray("s" + i, row);
            System.arraycopy(row, 0, s, i * dimension, dimension);
            state.copyArray("y" + i, row);
            System.arraycopy(row, 0, y, i * dimension, dimension);
        }
        state.copyArray("x", x);
        state.copyArray("g", g);
        pairs = (int) state.scalar("pairs");
        newest = (int) state.scalar("newest");
        hasPoint = state.scalar("hasPoint") != 0;
        f = state.scalar("f");
        alpha = state.scalar("alpha");
        stopped = state.scalar("stopped") != 0;
        event = NO_EVENT;
    }
}
