package org.stepplan.optim;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.stepplan.core.Oracle;

/** One {@link ContractCase} per registered method; the suite fails if a registered method has none. */
final class ContractCases {

    private ContractCases() {
    }

    static List<ContractCase> all() {
        return List.of(
                ContractCase.onQuadratic("gd", Map.of("gamma", "0.1"), 10, 1, 0, "gamma", "-1"),
                ContractCase.onQuadratic("heavy-ball", Map.of("a", "0.1", "p", "0.5"), 10, 1, 0, "p", "1.5"),
                ContractCase.onQuadratic("nesterov", Map.of("lipschitz", "3", "mu", "1"), 10, 1, 0, "lipschitz", "0"),
                ContractCase.onQuadratic("nesterov-schedule", Map.of("lipschitz", "3"), 10, 1, 0, "lipschitz", "NaN"),
                ContractCase.onQuadratic("csawg", Map.of("gamma", "0.1", "horizon", "2"), 10, 1, 0, "horizon", "0"),
                ContractCase.onQuadratic("csaug", Map.of("gamma", "0.1", "horizon", "2", "projections", "2",
                        "corrections", "3"), 10, 1, 0, "corrections", "-1"),
                ContractCase.onQuadratic("plan", Map.of("lr", "0.5", "horizon", "2"), 20, 1, 0, "trust", "0"),
                // the defaults on an exact oracle: gd with the guarded secant step (1 function evaluation a step)
                ContractCase.onQuadratic("plan", Map.of("horizon", "2"), 10, 1, 1, "base", "auto-pilot"),
                ContractCase.onQuadratic("plan", Map.of("base", "gd", "gamma", "0.1", "horizon", "2", "fit", "weights",
                        "direction", "fresh", "shape", "scalar", "clip", "false", "safeguard", "false",
                        "base_step", "fixed"), 10, 1, 0,
                        "direction", "sideways"),
                ContractCase.onQuadratic("plan", Map.of("base", "heavy-ball", "a", "0.1", "p", "0.5", "horizon", "2",
                        "direction", "averaged", "trust", "Infinity"), 10, 1, 0, "horizon", "0"),
                ContractCase.onQuadratic("plan", Map.of("base", "gd", "gamma", "0.1", "horizon", "2", "base_step",
                        "secant"),
                        10, 1, 1, "base_step", "bb"),
                ContractCase.onQuadratic("plan", Map.of("lr", "0.5", "horizon", "2", "base_step", "planned"), 20, 1,
                        0, "alignment", "1"),
                ContractCase.onQuadratic("plan", Map.of("lr", "0.5", "horizon", "2", "base_step", "planned",
                        "acceptance", "0.7"), 20, 1, 0, "acceptance", "1"),
                ContractCase.onQuadratic("sgd", Map.of("lr", "0.1", "momentum", "0.5", "nesterov", "true"), 10, 1,
                        0, "momentum", "-0.5"),
                ContractCase.onQuadratic("adam", Map.of("lr", "0.5", "amsgrad", "false"), 20, 1, 0, "beta1", "1.0"),
                ContractCase.onQuadratic("adamw", Map.of("lr", "0.5", "weight_decay", "0.01"), 20, 1, 0, "eps",
                        "-1.0"),
                ContractCase.onQuadratic("amsgrad", Map.of("lr", "0.5"), 20, 1, 0, "beta2", "-0.1"),
                ContractCase.onQuadratic("rmsprop", Map.of("lr", "0.1", "alpha", "0.9"), 20, 1, 0, "alpha", "1.5"),
                ContractCase.onQuadratic("adagrad", Map.of("lr", "0.5"), 20, 1, 0, "lr_decay", "-0.1"),
                ContractCase.onQuadratic("sgd-hd", Map.of("lr", "0.1", "hypergrad_lr", "0.001"), 10, 1, 0,
                        "hypergrad_lr", "NaN"),
                ContractCase.onQuadratic("sgdn-hd", Map.of("lr", "0.1", "hypergrad_lr", "0.001"), 10, 1, 0,
                        "momentum", "0.0"),
                ContractCase.onQuadratic("adam-hd", Map.of("lr", "0.5", "hypergrad_lr", "1e-3"), 20, 1, 0,
                        "weight_decay", "-1.0"),
                ContractCase.onQuadratic("polyak", Map.of("fstar", "0"), 10, 1, 0, "gamma", "2"),
                ContractCase.onQuadratic("sps", Map.of("fstar", "0"), 10, 1, 0, "c", "-0.5"),
                ContractCase.onQuadratic("sps", Map.of("mode", "constant", "fstar", "0", "eta_max", "1"), 10, 1, 0,
                        "eta_max", "0"),
                ContractCase.onQuadratic("l4-adam", Map.of(), 45, 1, 0, "minloss_factor", "1.5"),
                ContractCase.onQuadratic("l4-momentum", Map.of("fraction", "0.3"), 25, 1, 0, "fraction", "-0.15"),
                ContractCase.onQuadratic("lossgrad", Map.of("lr", "0.1"), 10, 1, 1, "lr", "0"),
                // the first step evaluates the start, then its line search's one trial (the unit step is accepted)
                ContractCase.onQuadratic("lbfgs", Map.of(), 3, 1, 0, "m", "0").withFirstStepGrad(2),
                // LMS methods: a noiseless linear target with N(0, I) inputs from the seeded oracle generator
                lms("idbd", Map.of("theta", "0.01"), "init_alpha", "0"),
                lms("autostep", Map.of("init_alpha", "0.1"), "tau", "-1"),
                // vSGD on the quadratic with a Hessian diagonal; init_samples = 0 so that every step costs one
                // gradient evaluation (the default S = 10 makes the first cost 11: see VsgdTest)
                sampled("vsgd", Map.of("init_samples", "0"), 10, "slow_constant", "0"),
                // the defaults of plan on a sampled oracle: adam with the planned lr (and the same oracles)
                sampled("plan", Map.of("horizon", "2"), 20, "acceptance", "1"));
    }

    /**
     * A case on a sampled quadratic with a Hessian diagonal (the oracle's generator draws the samples); its zero
     * gradient comes from a quadratic centred at the start, its NaN from a third sample whose noise is NaN.
     */
    private static ContractCase sampled(String method, Map<String, String> params, int decreaseWithin,
                                        String badParam, String badValue) {
        return new ContractCase(method, params, decreaseWithin, 1, 1, 0, badParam, badValue,
                seed -> Oracle.of(ScriptedQuadratic.wellConditioned(), new SplittableRandom(seed)),
                new double[] {3, 2, -2},
                () -> Oracle.of(new ScriptedQuadratic(new double[][] {{1, 2, 3}}, new double[][] {{0, 0, 0}},
                        new double[] {3, 2, -2}), new SplittableRandom(1)),
                () -> Oracle.of(new ScriptedQuadratic(new double[][] {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}},
                        new double[][] {{0, 0, 0}, {0, 0, 0}, {Double.NaN, 0, 0}}, new double[] {1, -1, 0.5}),
                        new SplittableRandom(1)));
    }

    /**
     * An LMS method on a noiseless linear target with N(0, I) inputs from the seeded oracle generator; its zero
     * gradient comes from all-zero inputs (the gradient is -(y* - w·x) x), its NaN from a NaN target.
     */
    private static ContractCase lms(String method, Map<String, String> params, String badParam, String badValue) {
        double[][] unit = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        return new ContractCase(method, params, 60, 1, 1, 0, badParam, badValue,
                seed -> Oracle.of(LinearTarget.small(), new SplittableRandom(seed)), new double[] {3, 2, -2},
                () -> Oracle.of(new ScriptedExamples(new double[][] {{0, 0, 0}}, new double[] {1}),
                        new SplittableRandom(1)),
                () -> Oracle.of(new ScriptedExamples(unit, new double[] {1, 2, Double.NaN}), new SplittableRandom(1)));
    }
}
