package org.stepplan.problems.mgh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;
import org.stepplan.problems.DeterministicProblem;
import org.stepplan.problems.Problem;
import org.stepplan.problems.ProblemProvider;
import org.stepplan.problems.ProblemSpec;

/**
 * The suite {@code mgh}: the 35 unconstrained problems of Moré, Garbow and Hillstrom (1981), ACM TOMS 7(1):17-41,
 * named {@code mgh-<name>}, each with MGH's standard start and dimension, its published f* as
 * {@link Problem#optimalValue()} and its published (or exact) x* as {@link Problem#optimum()}.
 *
 * <p>Every problem takes {@code start} (x0 is scaled by it, so an x0 of 0, Watson's, stays 0; MGH use 1, 10 and
 * 100); those with a variable dimension take {@code n}, and those with a variable number of residuals take
 * {@code m}. f* and x* are published only for some n and m (see each function's Javadoc); elsewhere they are empty
 * and null.
 */
public final class MghProblems implements ProblemProvider {

    /** The prefix of every problem name in this suite. */
    public static final String PREFIX = "mgh-";

    /** Builds a function for n parameters and m residuals (ignoring what it fixes itself). */
    @FunctionalInterface
    private interface Factory {
        MghFunction create(int n, int m);
    }

    /**
     * One suite entry.
     *
     * @param n the standard n, or 0 when n is fixed
     * @param m the standard m, or 0 when m is fixed or follows from n
     */
    private record Entry(String name, String summary, int n, int m, Factory factory) {
    }

    private static final List<Entry> ENTRIES = List.of(
            fixed("rosenbrock", "MGH #1 Rosenbrock, n = 2; f* = 0 at (1, 1)", (n, m) -> new ExtendedRosenbrock(2)),
            fixed("freudenstein-roth", "MGH #2, n = 2; f* = 0 at (5, 4), local min 48.98",
                    (n, m) -> new FreudensteinRoth()),
            fixed("powell-badly-scaled", "MGH #3, n = 2; f* = 0 at (1.098e-5, 9.106)",
                    (n, m) -> new PowellBadlyScaled()),
            fixed("brown-badly-scaled", "MGH #4, n = 2; f* = 0 at (1e6, 2e-6)", (n, m) -> new BrownBadlyScaled()),
            fixed("beale", "MGH #5, n = 2; f* = 0 at (3, 0.5)", (n, m) -> new Beale()),
            withM("jennrich-sampson", "MGH #6, n = 2; f* = 124.362 (m = 10)", 10,
                    (n, m) -> new JennrichSampson(m)),
            fixed("helical-valley", "MGH #7, n = 3; f* = 0 at (1, 0, 0)", (n, m) -> new HelicalValley()),
            fixed("bard", "MGH #8, n = 3; f* = 8.21487e-3", (n, m) -> new Bard()),
            fixed("gaussian", "MGH #9, n = 3; f* = 1.12793e-8", (n, m) -> new Gaussian()),
            fixed("meyer", "MGH #10, n = 3; f* = 87.9458", (n, m) -> new Meyer()),
            withM("gulf", "MGH #11 Gulf research and development, n = 3; f* = 0 at (50, 25, 1.5)", 99,
                    (n, m) -> new Gulf(m)),
            withM("box-3d", "MGH #12 Box three-dimensional, n = 3; f* = 0 at (1, 10, 1)", 10, (n, m) -> new Box3d(m)),
            fixed("powell-singular", "MGH #13, n = 4; f* = 0 at 0 (singular Hessian)",
                    (n, m) -> new ExtendedPowellSingular(4)),
            fixed("wood", "MGH #14, n = 4; f* = 0 at (1, 1, 1, 1)", (n, m) -> new Wood()),
            fixed("kowalik-osborne", "MGH #15, n = 4; f* = 3.07505e-4", (n, m) -> new KowalikOsborne()),
            withM("brown-dennis", "MGH #16, n = 4; f* = 85822.2 (m = 20)", 20, (n, m) -> new BrownDennis(m)),
            fixed("osborne-1", "MGH #17, n = 5; f* = 5.46489e-5 (NIST MGH17 certified)", (n, m) -> new Osborne1()),
            withM("biggs-exp6", "MGH #18, n = 6; f* = 0 at (1, 10, 1, 5, 4, 3)", 13, (n, m) -> new BiggsExp6(m)),
            fixed("osborne-2", "MGH #19, n = 11; f* = 4.01377e-2", (n, m) -> new Osborne2()),
            withN("watson", "MGH #20, 2 <= n <= 31; f* = 2.28767e-3 (n = 6)", 6, 0, (n, m) -> new Watson(n)),
            withN("extended-rosenbrock", "MGH #21, n even; f* = 0 at (1, ..., 1)", 10, 0,
                    (n, m) -> new ExtendedRosenbrock(n)),
            withN("extended-powell-singular", "MGH #22, n a multiple of 4; f* = 0 at 0", 12, 0,
                    (n, m) -> new ExtendedPowellSingular(n)),
            withN("penalty-1", "MGH #23 penalty I; f* = 2.24997e-5 (n = 4)", 4, 0, (n, m) -> new PenaltyI(n)),
            withN("penalty-2", "MGH #24 penalty II; f* = 9.37629e-6 (n = 4)", 4, 0, (n, m) -> new PenaltyII(n)),
            withN("variably-dimensioned", "MGH #25; f* = 0 at (1, ..., 1)", 10, 0,
                    (n, m) -> new VariablyDimensioned(n)),
            withN("trigonometric", "MGH #26; f* = 0 at 0 (other local minima)", 10, 0,
                    (n, m) -> new Trigonometric(n)),
            withN("brown-almost-linear", "MGH #27; f* = 0 at (1, ..., 1), local min 1", 10, 0,
                    (n, m) -> new BrownAlmostLinear(n)),
            withN("discrete-boundary-value", "MGH #28; f* = 0", 10, 0, (n, m) -> new DiscreteBoundaryValue(n)),
            withN("discrete-integral-equation", "MGH #29; f* = 0", 10, 0,
                    (n, m) -> new DiscreteIntegralEquation(n)),
            withN("broyden-tridiagonal", "MGH #30; f* = 0", 10, 0, (n, m) -> new BroydenTridiagonal(n)),
            withN("broyden-banded", "MGH #31; f* = 0", 10, 0, (n, m) -> new BroydenBanded(n)),
            withN("linear-full-rank", "MGH #32 linear function, full rank; f* = m - n at (-1, ..., -1)", 10, 20,
                    LinearFullRank::new),
            withN("linear-rank-1", "MGH #33 linear function, rank 1; f* = m(m-1)/(2(2m+1))", 10, 20,
                    LinearRank1::new),
            withN("linear-rank-1-zero", "MGH #34 linear function, rank 1 with zero columns and rows; "
                    + "f* = (m^2+3m-6)/(2(2m-3))", 10, 20, LinearRank1ZeroColumnsRows::new),
            withN("chebyquad", "MGH #35; m = n by default; f* = 6.50395e-3 (n = 10)", 10, -1, Chebyquad::new));

    /** The provider instance {@link java.util.ServiceLoader} creates for {@code Problems}. */
    public MghProblems() {
    }

    @Override
    public List<ProblemSpec> problems() {
        return specs();
    }

    private static Entry fixed(String name, String summary, Factory factory) {
        return new Entry(name, summary, 0, 0, factory);
    }

    private static Entry withM(String name, String summary, int m, Factory factory) {
        return new Entry(name, summary, 0, m, factory);
    }

    /** @param m the standard m, 0 when m follows from n, -1 when m is a parameter that defaults to n */
    private static Entry withN(String name, String summary, int n, int m, Factory factory) {
        return new Entry(name, summary, n, m, factory);
    }

    /** The registry entries of the suite, in MGH's order. */
    public static List<ProblemSpec> specs() {
        List<ProblemSpec> specs = new ArrayList<>();
        for (Entry e : ENTRIES) {
            List<ParamSpec> params = new ArrayList<>();
            if (e.n() > 0) {
                params.add(ParamSpec.integer("n", e.n(), "number of parameters"));
            }
            if (e.m() > 0) {
                params.add(ParamSpec.integer("m", e.m(), "number of residuals"));
            } else if (e.m() < 0) {
                params.add(ParamSpec.integer("m", 0, "number of residuals (0: m = n)"));
            }
            params.add(ParamSpec.real("start", 1.0, "factor on MGH's x0 (MGH use 1, 10, 100)"));
            specs.add(new ProblemSpec(PREFIX + e.name(), e.summary(), params, p -> create(e, p)));
        }
        return specs;
    }

    /** The standard instances (standard n, m and x0), in MGH's order. */
    public static List<Problem> all() {
        List<Problem> problems = new ArrayList<>();
        for (ProblemSpec spec : specs()) {
            problems.add(spec.create(Map.of()));
        }
        return problems;
    }

    private static Problem create(Entry e, Params p) {
        int n = e.n() > 0 ? p.integer("n") : 0;
        int m = e.m() == 0 ? 0 : p.integer("m") == 0 && e.m() < 0 ? n : p.integer("m");
        double factor = p.real("start");
        if (!Double.isFinite(factor) || factor == 0.0) {
            throw new IllegalArgumentException("parameter 'start' of problem '" + PREFIX + e.name() + "': " + factor
                    + " must be finite and nonzero");
        }
        MghFunction sample = e.factory().create(n, m);
        double[] x0 = sample.start();
        for (int j = 0; j < x0.length; j++) {
            x0[j] *= factor;
        }
        double fStar = sample.minimum();
        return new DeterministicProblem(PREFIX + e.name(), p.effective(), () -> e.factory().create(n, m), x0,
                sample.minimizer(), Double.isNaN(fStar) ? OptionalDouble.empty() : OptionalDouble.of(fStar));
    }
}
