package org.stepplan.suite.peers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer.Formula;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.optim.AbstractOptimizer;
import org.stepplan.optim.MethodSpec;
import org.stepplan.optim.Optimizer;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.optim.OptimizerState;

/**
 * commons-math3 3.6.1's own optimizers as external peers, every evaluation made through stepplan's counting
 * {@link Oracle} so that their counts are comparable with stepplan's methods:
 * <ul>
 *   <li>{@code cm3-cg-pr}, {@code cm3-cg-fr}: {@link NonLinearConjugateGradientOptimizer} with the Polak-Ribière or
 *   Fletcher-Reeves update, its default line search (Brent on values only, relative and absolute tolerance 1e-8,
 *   initial bracketing range 1e-8) and no preconditioner; it asks for the value at each iterate (a function
 *   evaluation), the gradient there (a gradient evaluation) and values along the line (function evaluations);
 *   stops when two successive iterates' values agree to 1e-12 relative ({@link SimpleValueChecker});</li>
 *   <li>{@code cm3-nelder-mead}: {@link SimplexOptimizer} with {@link NelderMeadSimplex} of side 1 (its default
 *   coefficients: reflection 1, expansion 2, contraction 0.5, shrink 0.5), values only; stops when the best value
 *   has not decreased for 10·d + 10 iterations (an unchanged best vertex is common in a single Nelder-Mead
 *   iteration, so commons-math3's value checker would stop at once).</li>
 * </ul>
 *
 * <p>How a library that owns its loop becomes a step-at-a-time {@link Optimizer}: it does not. The whole
 * commons-math3 {@code optimize} call is <em>one</em> step, which runs until the library's own stopping rule or until
 * {@code max_evals} evaluations (gradient + function) have been made through the oracle, sets w to the library's
 * answer (to the best evaluated point when the budget or a library exception cut it short: event {@code budget} or
 * {@code gave-up}), and then the method reports {@link #stopped()}. A thread that suspends the library at each of its
 * iterations would give a finer trace but could not be snapshotted; this design is exact and simple: the state is
 * only "done or not", and the benchmark measures progress per evaluation through the oracle, not per step.
 */
public final class CommonsMath3Peer extends AbstractOptimizer {

    /** The three wrapped algorithms. */
    public enum Kind {
        CG_POLAK_RIBIERE("cm3-cg-pr", "commons-math3 nonlinear conjugate gradient, Polak-Ribière"),
        CG_FLETCHER_REEVES("cm3-cg-fr", "commons-math3 nonlinear conjugate gradient, Fletcher-Reeves"),
        NELDER_MEAD("cm3-nelder-mead", "commons-math3 Nelder-Mead simplex, values only");

        private final String cliName;
        private final String summary;

        Kind(String cliName, String summary) {
            this.cliName = cliName;
            this.summary = summary;
        }

        /** The registered name. */
        public String cliName() {
            return cliName;
        }
    }

    private static final int STATE_VERSION = 1;
    /** The CG checker's relative tolerance on successive values. */
    static final double CG_RELATIVE_TOLERANCE = 1e-12;

    /**
     * @param kind     which algorithm
     * @param maxEvals the evaluation budget of the single call (gradient + function evaluations)
     */
    public record Config(Kind kind, long maxEvals) implements OptimizerConfig {
        public static final long DEFAULT_MAX_EVALS = 2000;

        public Config {
            if (maxEvals < 1) {
                throw new IllegalArgumentException("max_evals must be >= 1, got " + maxEvals);
            }
        }

        @Override
        public String method() {
            return kind.cliName;
        }

        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("max_evals", maxEvals);
            return m;
        }

        @Override
        public Optimizer create(int dimension) {
            return new CommonsMath3Peer(this, dimension);
        }
    }

    /** The registered spec of {@code kind}. */
    static MethodSpec spec(Kind kind) {
        return new MethodSpec(kind.cliName, kind.summary,
                List.of(ParamSpec.integer("max_evals", Config.DEFAULT_MAX_EVALS,
                        "evaluations (gradient + function) of the single library call")),
                p -> new Config(kind, p.integer("max_evals")));
    }

    private final Kind kind;
    private final long maxEvals;
    private boolean done;
    private String event = NO_EVENT;

    private CommonsMath3Peer(Config config, int dimension) {
        super(config.kind.cliName, dimension);
        this.kind = config.kind;
        this.maxEvals = config.maxEvals;
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        event = NO_EVENT;
        if (done) {
            return;
        }
        done = true;
        Calls calls = new Calls(oracle, maxEvals, w);
        try {
            PointValuePair p = kind == Kind.NELDER_MEAD ? nelderMead(calls, w) : conjugateGradient(calls, w);
            System.arraycopy(p.getPointRef(), 0, w, 0, dimension);
            event = "finished";
        } catch (BudgetSpent e) {
            System.arraycopy(calls.best, 0, w, 0, dimension);
            event = "budget";
        } catch (MathIllegalStateException e) {
            System.arraycopy(calls.best, 0, w, 0, dimension);
            event = "gave-up";
        }
    }

    private PointValuePair conjugateGradient(Calls calls, double[] start) {
        Formula formula = kind == Kind.CG_POLAK_RIBIERE ? Formula.POLAK_RIBIERE : Formula.FLETCHER_REEVES;
        var optimizer = new NonLinearConjugateGradientOptimizer(formula,
                new SimpleValueChecker(CG_RELATIVE_TOLERANCE, 0.0));
        return optimizer.optimize(new MaxEval(Integer.MAX_VALUE), new MaxIter(Integer.MAX_VALUE),
                new ObjectiveFunction(calls::value), new ObjectiveFunctionGradient(calls::gradient),
                GoalType.MINIMIZE, new InitialGuess(start.clone()));
    }

    private PointValuePair nelderMead(Calls calls, double[] start) {
        int patience = 10 * dimension + 10;
        ConvergenceChecker<PointValuePair> stagnation = new ConvergenceChecker<>() {
            private double best = Double.POSITIVE_INFINITY;
            private int lastImprovement;

            @Override
            public boolean converged(int iteration, PointValuePair previous, PointValuePair current) {
                if (current.getValue() < best) {
                    best = current.getValue();
                    lastImprovement = iteration;
                }
                return iteration - lastImprovement >= patience;
            }
        };
        return new SimplexOptimizer(stagnation).optimize(new MaxEval(Integer.MAX_VALUE), new MaxIter(Integer.MAX_VALUE),
                new ObjectiveFunction(calls::value), GoalType.MINIMIZE, new InitialGuess(start.clone()),
                new NelderMeadSimplex(dimension));
    }

    @Override
    public boolean stopped() {
        return done;
    }

    @Override
    public int stepSizeCount() {
        return 0;
    }

    @Override
    protected double stepSizeAt(int i) {
        throw new IndexOutOfBoundsException("cm3 peers expose no step size");
    }

    @Override
    public String lastEvent() {
        return event;
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(method(), STATE_VERSION).scalar("done", done ? 1 : 0).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(method(), STATE_VERSION);
        done = state.scalar("done") != 0;
        event = NO_EVENT;
    }

    /** Ends the library call when the budget is spent. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** The library's view of the objective: every call through the oracle, counted, the best point kept. */
    private static final class Calls {
        private final Oracle oracle;
        private final long maxEvals;
        private final long base;
        private final double[] best;
        private double bestValue = Double.POSITIVE_INFINITY;

        Calls(Oracle oracle, long maxEvals, double[] start) {
            this.oracle = oracle;
            this.maxEvals = maxEvals;
            this.base = spent(oracle);
            this.best = start.clone();
        }

        private static long spent(Oracle oracle) {
            return oracle.gradientEvaluations() + oracle.functionEvaluations();
        }

        private void admit() {
            if (spent(oracle) - base >= maxEvals) {
                throw new BudgetSpent();
            }
        }

        private void keep(double[] x, double v) {
            if (v < bestValue) {
                bestValue = v;
                System.arraycopy(x, 0, best, 0, best.length);
            }
        }

        double value(double[] x) {
            admit();
            double v = oracle.value(x);
            keep(x, v);
            return v;
        }

        double[] gradient(double[] x) {
            admit();
            double[] g = new double[x.length];
            keep(x, oracle.gradient(x, g));
            return g;
        }
    }
}
