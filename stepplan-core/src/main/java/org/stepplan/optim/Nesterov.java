package org.stepplan.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.core.Labeled;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;
import org.stepplan.core.Vectors;

/**
 * Nesterov's accelerated gradient (seed Sec. 2.1; docs/methods.md §5b-c), in the two-sequence form with the gradient
 * taken at the extrapolated point x (= w):
 *
 * <pre>
 * input: L &gt; 0 (step 1/L); a momentum schedule gamma_k
 * state: y_k (y_0 = x_0), the iteration count k, lambda_k for the 1/k^2 schedule
 * loop (k = 1, 2, ...):
 *     y_{k+1} = x_k - (1/L) grad f(x_k)
 *     x_{k+1} = y_{k+1} + gamma_k (y_{k+1} - y_k)
 * schedules:
 *     constant:  gamma = (sqrt L - sqrt mu) / (sqrt L + sqrt mu)       (strongly convex; rate 1 - sqrt(mu/L))
 *     lambda:    lambda_0 = 0, lambda_k = (1 + sqrt(1 + 4 lambda_{k-1}^2)) / 2,
 *                gamma_k = (lambda_k - 1) / lambda_{k+1}                (smooth convex; f(y_k) - f* &lt;= 2L||x_0-x*||^2/k^2)
 *     k/(k+3):   gamma_k = (k - 1) / (k + 2)                            (a common alternative)
 * </pre>
 * The lambda schedule uses the seed's sign convention (gamma_k &gt;= 0); Bubeck's blog writes the same update with
 * gamma_s = (1 - lambda_s)/lambda_{s+1} &lt;= 0 and x_{s+1} = (1 - gamma_s) y_{s+1} + gamma_s y_s.
 */
public final class Nesterov extends AbstractOptimizer {

    /** CLI name of the constant-momentum variant. */
    public static final String NAME = "nesterov";
    /** CLI name of the scheduled variant. */
    public static final String SCHEDULE_NAME = "nesterov-schedule";

    /** The momentum schedule gamma_k. */
    public enum Schedule implements Labeled {
        CONSTANT("constant"), LAMBDA("lambda"), K_OVER_K_PLUS_3("k/(k+3)");

        private final String label;

        Schedule(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        static Schedule ofLabel(String label) {
            return Labeled.of(Schedule.class, "schedule", label);
        }
    }

    /**
     * @param lipschitz L, the gradient's Lipschitz constant; the step is 1/L
     * @param schedule  the momentum schedule
     * @param momentum  the constant momentum gamma (used only by {@link Schedule#CONSTANT})
     */
    public record Config(double lipschitz, Schedule schedule, double momentum) implements OptimizerConfig {

        public Config {
            Vectors.requirePositive("L", lipschitz);
            if (schedule == Schedule.CONSTANT) {
                Vectors.requireInRange("momentum", momentum, 0.0, 1.0);
            }
        }

        /** Constant momentum from the strong-convexity constant: gamma = (sqrt L - sqrt mu)/(sqrt L + sqrt mu). */
        public static Config strongConvex(double lipschitz, double mu) {
            Vectors.requirePositive("L", lipschitz);
            Vectors.requirePositive("mu", mu);
            if (mu > lipschitz) {
                throw new IllegalArgumentException("mu must be <= L, got mu=" + mu + " L=" + lipschitz);
            }
            double sl = Math.sqrt(lipschitz);
            double sm = Math.sqrt(mu);
            return new Config(lipschitz, Schedule.CONSTANT, (sl - sm) / (sl + sm));
        }

        @Override
        public String method() {
            return schedule == Schedule.CONSTANT ? NAME : SCHEDULE_NAME;
        }

        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("L", lipschitz);
            if (schedule == Schedule.CONSTANT) {
                m.put("momentum", momentum);
            } else {
                m.put("schedule", schedule.label());
            }
            return m;
        }

        @Override
        public Optimizer create(int dimension) {
            return new Nesterov(this, dimension);
        }
    }

    public static MethodSpec constantSpec() {
        return new MethodSpec(NAME,
                "Nesterov's accelerated gradient, constant momentum from mu and L (or given); step 1/L",
                List.of(ParamSpec.real("L", "gradient Lipschitz constant (required); step = 1/L"),
                        ParamSpec.real("mu", "strong-convexity constant; momentum = (sqrt L - sqrt mu)/(sqrt L + sqrt mu)"),
                        ParamSpec.real("momentum", "the constant momentum, instead of mu")),
                Nesterov::constantConfig);
    }

    public static MethodSpec scheduleSpec() {
        return new MethodSpec(SCHEDULE_NAME, "Nesterov's accelerated gradient with the 1/k^2 momentum schedule; step 1/L",
                List.of(ParamSpec.real("L", "gradient Lipschitz constant (required); step = 1/L"),
                        ParamSpec.choice("schedule", List.of(Schedule.LAMBDA.label(), Schedule.K_OVER_K_PLUS_3.label()),
                                "momentum schedule: lambda (Nesterov 1983) or k/(k+3)")),
                p -> new Config(p.real("L"), Schedule.ofLabel(p.choice("schedule")), Double.NaN));
    }

    private static Config constantConfig(Params p) {
        boolean hasMu = p.has("mu");
        if (hasMu == p.has("momentum")) {
            throw new IllegalArgumentException("method 'nesterov' needs exactly one of mu and momentum");
        }
        return hasMu ? Config.strongConvex(p.real("L"), p.real("mu"))
                : new Config(p.real("L"), Schedule.CONSTANT, p.real("momentum"));
    }

    private final Config config;
    private final double step;
    private final double[] g;
    private final double[] yPrevious;
    private long k;
    private double lambda = 1.0; // lambda_1, from lambda_0 = 0

    private Nesterov(Config config, int dimension) {
        super(config.method(), dimension);
        this.config = config;
        this.step = 1.0 / config.lipschitz();
        this.g = new double[dimension];
        this.yPrevious = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        if (k == 0) {
            System.arraycopy(w, 0, yPrevious, 0, dimension); // y_0 = x_0
        }
        k++;
        double gammaK = momentum();
        oracle.gradient(w, g);
        for (int i = 0; i < dimension; i++) {
            double y = w[i] - step * g[i];
            w[i] = y + gammaK * (y - yPrevious[i]);
            yPrevious[i] = y;
        }
    }

    /** gamma_k for the current k (advancing lambda for the 1/k^2 schedule). */
    private double momentum() {
        switch (config.schedule()) {
            case CONSTANT:
                return config.momentum();
            case LAMBDA:
                double next = (1.0 + Math.sqrt(1.0 + 4.0 * lambda * lambda)) / 2.0;
                double gammaK = (lambda - 1.0) / next;
                lambda = next;
                return gammaK;
            case K_OVER_K_PLUS_3:
                return (k - 1.0) / (k + 2.0);
            default:
                throw new AssertionError(config.schedule());
        }
    }

    @Override
    public int stepSizeCount() {
        return 1;
    }

    @Override
    protected double stepSizeAt(int i) {
        return step;
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(method(), 1).array("yPrevious", yPrevious)
                .scalar("k", k).scalar("lambda", lambda).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(method(), 1);
        state.copyArray("yPrevious", yPrevious);
        k = (long) state.scalar("k");
        lambda = state.scalar("lambda");
    }
}
