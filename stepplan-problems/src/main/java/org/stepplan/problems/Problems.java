package org.stepplan.problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;
import org.stepplan.core.Registry;

/** The registry of every problem, by CLI name, in the order {@code stepplan list} shows them. */
public final class Problems {

    /** The seed paper's quadratic: Q = diag(1000, 1). */
    public static final double[] PAPER_Q = {1000.0, 1.0};
    /** The seed paper's quadratic minimizer. */
    public static final double[] PAPER_OPTIMUM = {1.0, 1.0};
    /** The seed paper's quadratic start. */
    public static final double[] PAPER_QUADRATIC_START = {-1.0, 2.0};
    /** The seed paper's Rosenbrock start (not the MGH start (-1.2, 1)). */
    public static final double[] PAPER_ROSENBROCK_START = {-1.0, 0.0};

    private static final Registry<ProblemSpec> REGISTRY = new Registry<>("problem", ProblemSpec::name);

    static {
        REGISTRY.register(new ProblemSpec("quadratic", "0.5 (w-w*)^T Q (w-w*), Q diagonal (diag) or dense SPD (matrix)",
                quadraticParams(), p -> quadratic("quadratic", p)));
        REGISTRY.register(new ProblemSpec("quadratic-paper",
                "the seed paper's quadratic: Q = diag(1000, 1), w* = (1, 1), start (-1, 2)", List.of(),
                p -> new DeterministicProblem("quadratic-paper", Map.of(),
                        () -> Quadratic.diagonal(PAPER_Q, PAPER_OPTIMUM), PAPER_QUADRATIC_START, PAPER_OPTIMUM)));
        REGISTRY.register(new ProblemSpec("rosenbrock",
                "(w1-1)^2 + 100 (w2-w1^2)^2, w* = (1, 1), the seed paper's start (-1, 0); factored gradient",
                List.of(), p -> new DeterministicProblem("rosenbrock", Map.of(), Rosenbrock::new,
                PAPER_ROSENBROCK_START, new double[] {1.0, 1.0})));
        List<ParamSpec> noisy = new ArrayList<>(quadraticParams());
        noisy.add(ParamSpec.real("sigma", 1.0, "standard deviation of the Gaussian gradient noise per component"));
        REGISTRY.register(new ProblemSpec("noisy-quadratic",
                "the quadratic with seeded Gaussian gradient noise of standard deviation sigma (stochastic)",
                noisy, Problems::noisyQuadratic));
        REGISTRY.register(new ProblemSpec("linear-regression",
                "least squares on seeded synthetic data (N(0,1) features and weights); batch: deterministic half mean "
                        + "squared error; online: one LMS example per iteration (linear examples); w* = least squares",
                List.of(ParamSpec.choice("mode", List.of("batch", "online"),
                                "batch (full-batch objective) or online (one example per gradient evaluation)"),
                        ParamSpec.choice("order", LinearRegression.Order.labels(),
                                "online: examples drawn uniformly with the run's generator (sample) or in turn (cycle)"),
                        ParamSpec.integer("n", 200, "examples"),
                        ParamSpec.integer("d", 10, "features"),
                        ParamSpec.real("noise", 0.1, "standard deviation of the target noise"),
                        ParamSpec.integer("seed", 1, "data seed (the run seed drives online sampling)")),
                Problems::linearRegression));
        REGISTRY.register(new ProblemSpec("rotated-quadratic",
                "0.5 (w-w*)^T A (w-w*), A = R diag(lambda) R^T, lambda log-spaced from mu = 1 to L = condition, R a "
                        + "product of seeded Householder reflections (O(reflections*d) gradient); w* = ones, start 0",
                List.of(ParamSpec.integer("dimension", 50, "d"),
                        ParamSpec.real("condition", 1000.0, "L / mu: eigenvalues log-spaced from mu = 1 to L = condition"),
                        ParamSpec.choice("rotation", List.of("householder", "none"),
                                "householder (R = product of reflections) or none (A diagonal)"),
                        ParamSpec.integer("reflections", 4, "Householder reflections whose product is R"),
                        ParamSpec.integer("seed", 1, "seed of the reflections")),
                Problems::rotatedQuadratic));
        REGISTRY.register(new ProblemSpec(Sutton1992.NAME,
                "Sutton (1992) Exp. 1 tracking: 20 inputs, 5 relevant target weights +-1, one sign flipped every 20 "
                        + "examples (linear examples); loss = trailing mean squared prediction error, error to the "
                        + "current target",
                List.of(ParamSpec.choice("inputs", SuttonTracking.Inputs.labels(), "input distribution: N(0,1) or U(0,1)"),
                        ParamSpec.integer("flip_every", 20, "examples per target (a relevant sign flips after each)"),
                        ParamSpec.integer("relevant", 5, "relevant inputs (the first ones), target weights +-1"),
                        ParamSpec.integer("dimension", 20, "inputs"),
                        ParamSpec.integer("window", 1000, "examples in the trailing mean of the squared error (loss)")),
                p -> new Sutton1992(p.integer("dimension"), p.integer("relevant"), p.integer("flip_every"),
                        SuttonTracking.Inputs.ofLabel(p.choice("inputs")), p.integer("window"))));
        ServiceLoader.load(ProblemProvider.class).forEach(provider -> provider.problems().forEach(REGISTRY::register));
    }

    private Problems() {
    }

    private static List<ParamSpec> quadraticParams() {
        return List.of(
                ParamSpec.vector("diag", "1000,1", "diagonal of Q (ignored when matrix is given)"),
                ParamSpec.vector("matrix", null, "dense symmetric positive-definite Q, row-major, d*d entries"),
                ParamSpec.vector("optimum", "1,1", "the minimizer w*"),
                ParamSpec.vector("start", "-1,2", "the default start"));
    }

    private static Quadratic quadraticObjective(Params p) {
        double[] optimum = p.vector("optimum");
        if (!p.has("matrix")) {
            return Quadratic.diagonal(p.vector("diag"), optimum);
        }
        double[] flat = p.vector("matrix");
        int d = optimum.length;
        if (flat.length != d * d) {
            throw new IllegalArgumentException("matrix has " + flat.length + " entries but optimum has dimension "
                    + d + " (need " + d * d + ")");
        }
        double[][] q = new double[d][d];
        for (int i = 0; i < d; i++) {
            System.arraycopy(flat, i * d, q[i], 0, d);
        }
        return Quadratic.dense(q, optimum);
    }

    private static Problem quadratic(String name, Params p) {
        Quadratic check = quadraticObjective(p);
        return new DeterministicProblem(name, p.effective(), () -> quadraticObjective(p), p.vector("start"),
                check.optimum());
    }

    private static Problem noisyQuadratic(Params p) {
        Quadratic check = quadraticObjective(p);
        double sigma = p.real("sigma");
        new NoisyQuadratic(check, sigma); // validates sigma now, not at the first run
        return new StochasticProblem("noisy-quadratic", p.effective(),
                () -> new NoisyQuadratic(quadraticObjective(p), sigma), p.vector("start"), check.optimum());
    }

    private static Problem linearRegression(Params p) {
        LinearRegression data = LinearRegression.synthetic(p.integer("n"), p.integer("d"), p.real("noise"),
                p.integer("seed"));
        double[] start = new double[data.dimension()];
        if (p.choice("mode").equals("batch")) {
            return new DeterministicProblem("linear-regression", p.effective(), data::batch, start,
                    data.leastSquares());
        }
        LinearRegression.Order order = LinearRegression.Order.ofLabel(p.choice("order"));
        return new StochasticProblem("linear-regression", p.effective(), () -> data.online(order), start,
                data.leastSquares());
    }

    private static Problem rotatedQuadratic(Params p) {
        int d = p.integer("dimension");
        if (d < 1) {
            throw new IllegalArgumentException("dimension = " + d + " must be >= 1");
        }
        int reflections = p.integer("reflections");
        if (reflections < 0) {
            throw new IllegalArgumentException("reflections = " + reflections + " must be >= 0");
        }
        if (p.choice("rotation").equals("none")) {
            reflections = 0;
        }
        double[] optimum = new double[d];
        Arrays.fill(optimum, 1.0);
        RotatedQuadratic shared = RotatedQuadratic.create(d, p.real("condition"), reflections, p.integer("seed"),
                optimum);
        return new DeterministicProblem("rotated-quadratic", p.effective(), shared::copy, new double[d], optimum);
    }

    /** Every registered problem. */
    public static List<ProblemSpec> all() {
        return REGISTRY.all();
    }

    /**
     * The problem called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown problem and the known ones
     */
    public static ProblemSpec get(String name) {
        return REGISTRY.get(name);
    }

    /** Shorthand: problem {@code name} with the given parameter values. */
    public static Problem create(String name, Map<String, String> params) {
        return get(name).create(params);
    }
}
