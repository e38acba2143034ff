package org.stepplan.optim;

import org.stepplan.methods.Methods;
import java.util.Arrays;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;

/**
 * How the contract suite exercises one registered method.
 *
 * @param method          the registered name
 * @param params          parameters for the case's problem
 * @param decreaseWithin  steps within which the loss must fall below half its start value
 * @param gradPerStep     gradient evaluations per ordinary step (a step that does not plan)
 * @param firstStepGrad   gradient evaluations of the first step (more than an ordinary step for a method that
 *                        evaluates the start point first, such as a line search)
 * @param funcPerStep     function evaluations per ordinary step
 * @param badParam        a parameter name whose value {@code badValue} must be rejected
 * @param badValue        the invalid value
 * @param oracles         a fresh oracle per seed on the problem the case runs on
 * @param start           the starting point on that problem
 * @param zeroGradient    a fresh oracle whose every gradient at any w reached from {@code start} is exactly 0
 * @param nonFinite       a fresh oracle like {@code oracles}' whose third gradient has a NaN component
 */
public record ContractCase(String method, Map<String, String> params, int decreaseWithin, long gradPerStep,
                           long firstStepGrad, long funcPerStep, String badParam, String badValue, LongFunction<Oracle> oracles,
                           double[] start, Supplier<Oracle> zeroGradient, Supplier<Oracle> nonFinite) {

    /** A case on the well-conditioned separable quadratic, started at (3, 2, -2). */
    public static ContractCase onQuadratic(String method, Map<String, String> params, int decreaseWithin,
                                           long gradPerStep, long funcPerStep, String badParam, String badValue) {
        SeparableQuadratic q = SeparableQuadratic.wellConditioned();
        return new ContractCase(method, params, decreaseWithin, gradPerStep, gradPerStep, funcPerStep, badParam,
                badValue,
                seed -> Oracle.of(q), new double[] {3, 2, -2}, () -> Oracle.of(new Flat(3)),
                () -> Oracle.of(new NaNFromThirdGradient(q)));
    }

    /** This case with a first step that costs {@code n} gradient evaluations. */
    public ContractCase withFirstStepGrad(long n) {
        return new ContractCase(method, params, decreaseWithin, gradPerStep, n, funcPerStep, badParam, badValue,
                oracles, start, zeroGradient, nonFinite);
    }

    public OptimizerConfig config() {
        return Methods.configure(method, params);
    }

    @Override
    public String toString() {
        return method;
    }

    /** f = 1 everywhere, gradient 0: a loss above any f* with nothing to follow. */
    private record Flat(int dimension) implements Objective {
        @Override
        public double value(double[] w) {
            return 1.0;
        }

        @Override
        public double valueAndGradient(double[] w, double[] gradient) {
            Arrays.fill(gradient, 0.0);
            return 1.0;
        }
    }

    /** {@code f}, except that from the third gradient evaluation on, the gradient's first component is NaN. */
    private static final class NaNFromThirdGradient implements Objective {
        private final Objective f;
        private int calls;

        NaNFromThirdGradient(Objective f) {
            this.f = f;
        }

        @Override
        public int dimension() {
            return f.dimension();
        }

        @Override
        public double value(double[] w) {
            return f.value(w);
        }

        @Override
        public double valueAndGradient(double[] w, double[] gradient) {
            double value = f.valueAndGradient(w, gradient);
            if (++calls >= 3) {
                gradient[0] = Double.NaN;
            }
            return value;
        }
    }
}
