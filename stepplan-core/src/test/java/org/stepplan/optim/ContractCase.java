package org.stepplan.optim;

import java.util.Map;
import java.util.function.LongFunction;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;

/**
 * How the contract suite exercises one registered method.
 *
 * @param method          the registered name
 * @param params          parameters for the well-conditioned test quadratic (q = 1, 2, 3)
 * @param decreaseWithin  steps within which the loss must fall below half its start value
 * @param gradPerStep     gradient evaluations per ordinary step (a step that does not plan)
 * @param funcPerStep     function evaluations per ordinary step
 * @param badParam        a parameter name whose value {@code badValue} must be rejected
 * @param badValue        the invalid value
 * @param oracles         a fresh oracle per seed on the problem the case runs on
 * @param start           the starting point on that problem
 */
public record ContractCase(String method, Map<String, String> params, int decreaseWithin, long gradPerStep,
                           long funcPerStep, String badParam, String badValue, LongFunction<Oracle> oracles,
                           double[] start) {

    /** A case on the well-conditioned separable quadratic, started at (3, 2, -2). */
    public static ContractCase onQuadratic(String method, Map<String, String> params, int decreaseWithin,
                                           long gradPerStep, long funcPerStep, String badParam, String badValue) {
        return new ContractCase(method, params, decreaseWithin, gradPerStep, funcPerStep, badParam, badValue,
                seed -> Oracle.of(SeparableQuadratic.wellConditioned()), new double[] {3, 2, -2});
    }

    public OptimizerConfig config() {
        return Methods.configure(method, params);
    }

    @Override
    public String toString() {
        return method;
    }
}
