package org.stepplan.optim;

import java.util.List;
import java.util.OptionalDouble;
import org.stepplan.core.HyperParameters;
import org.stepplan.core.Labeled;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;

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
    }

    /** The hyper-parameters, each declared once below; the schedule tells the two methods apart. */
    public record Config(double lipschitz, Schedule schedule, double momentum) implements DeclaredConfig<Config> {
        public static final Param<Double> LIPSCHITZ = Param.required("lipschitz", Param.positive(),
                "L, the gradient's Lipschitz constant; step = 1/L");
        public static final Param<Schedule> SCHEDULE = Param.choice("schedule", Schedule.class,
                List.of(Schedule.LAMBDA, Schedule.K_OVER_K_PLUS_3), Schedule.LAMBDA,
                "momentum schedule: lambda (Nesterov 1983) or k/(k+3)");
        public static final Param<Double> MOMENTUM = Param.required("momentum", Param.inRange(0.0, 1.0),
                "the constant momentum, instead of mu");
        public static final Param<OptionalDouble> MU = Param.optional("mu", Param.positive(),
                "strong-convexity constant; momentum = (sqrt L - sqrt mu)/(sqrt L + sqrt mu)");

        static final HyperParameters<Config> CONSTANT_PARAMS = HyperParameters.of(NAME, Config.class, LIPSCHITZ, MU,
                MOMENTUM).fixing(SCHEDULE, Schedule.CONSTANT);
        static final HyperParameters<Config> SCHEDULE_PARAMS = HyperParameters.of(SCHEDULE_NAME, Config.class,
                LIPSCHITZ, SCHEDULE).fixing(MOMENTUM, Double.NaN);

        public Config {
            LIPSCHITZ.check(lipschitz);
            SCHEDULE.check(schedule);
            if (schedule == Schedule.CONSTANT) {
                MOMENTUM.check(momentum);
            }
        }

        /** Constant momentum from the strong-convexity constant: gamma = (sqrt L - sqrt mu)/(sqrt L + sqrt mu). */
        public static Config strongConvex(double lipschitz, double mu) {
            LIPSCHITZ.check(lipschitz);
            MU.check(OptionalDouble.of(mu));
            if (mu > lipschitz) {
                throw new IllegalArgumentException("mu must be <= lipschitz, got mu=" + mu + " lipschitz=" + lipschitz);
            }
            double sl = Math.sqrt(lipschitz);
            double sm = Math.sqrt(mu);
            return new Config(lipschitz, Schedule.CONSTANT, (sl - sm) / (sl + sm));
        }

        private HyperParameters<Config> hyper() {
            return schedule == Schedule.CONSTANT ? CONSTANT_PARAMS : SCHEDULE_PARAMS;
        }

        @Override
        public HyperParameters<Config> hyperParameters() {
            return hyper();
        }

        @Override
        public Optimizer create(int dimension) {
            return new Nesterov(this, dimension);
        }
    }

    /** The registry entry of nesterov: exactly one of mu and momentum. */
    public static MethodSpec constantSpec() {
        return new MethodSpec(NAME,
                "Nesterov's accelerated gradient, constant momentum from mu and L (or given); step 1/L",
                Config.CONSTANT_PARAMS.specs(), p -> {
                    OptionalDouble mu = Config.MU.read(p);
                    if (mu.isPresent() == p.has(Config.MOMENTUM.name())) {
                        throw new IllegalArgumentException("method 'nesterov' needs exactly one of mu and momentum");
                    }
                    return mu.isPresent() ? Config.strongConvex(Config.LIPSCHITZ.read(p), mu.getAsDouble())
                            : Config.CONSTANT_PARAMS.parse(p);
                });
    }

    /** The registry entry of nesterov-schedule. */
    public static MethodSpec scheduleSpec() {
        return MethodSpec.of("Nesterov's accelerated gradient with the 1/k^2 momentum schedule; step 1/L",
                Config.SCHEDULE_PARAMS);
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
