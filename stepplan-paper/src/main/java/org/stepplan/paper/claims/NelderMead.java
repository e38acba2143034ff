package org.stepplan.paper.claims;

import java.util.Map;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.AbstractSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.stepplan.paper.runs.PaperRuns;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.run.Monitor;

/**
 * Nelder-Mead on Rosenbrock from the paper's start (-1, 0), with commons-math3's {@link SimplexOptimizer} and
 * {@link NelderMeadSimplex} (default coefficients: reflection 1, expansion 2, contraction 0.5, shrink 0.5). Counts
 * function evaluations until the first evaluated point with f(w) − f* ≤ 1e-10 and until the first with
 * ||w − w*|| ≤ 1e-10, stopping at the latter or after {@link #MAX_EVALUATIONS}.
 *
 * @param toValue    evaluations until f(w) ≤ 1e-10 (-1 if never)
 * @param toDistance evaluations until ||w − w*|| ≤ 1e-10 (-1 if never)
 */
record NelderMead(long toValue, long toDistance) {

    /** The accuracy the paper quotes. */
    static final double ACCURACY = 1e-10;
    /** Evaluation budget. */
    static final int MAX_EVALUATIONS = 10_000;

    /**
     * From the initial simplex SciPy's {@code fmin} builds: each non-zero coordinate of the start moved by 5%, each
     * zero coordinate set to 0.00025, one vertex per coordinate.
     */
    static NelderMead scipySimplex() {
        Problem problem = rosenbrock();
        double[] x0 = problem.start();
        double[][] vertices = new double[x0.length + 1][];
        vertices[0] = x0.clone();
        for (int i = 0; i < x0.length; i++) {
            vertices[i + 1] = x0.clone();
            vertices[i + 1][i] = x0[i] != 0 ? 1.05 * x0[i] : 0.00025;
        }
        return run(problem, new NelderMeadSimplex(vertices));
    }

    /** From commons-math3's default simplex: side 1 along each axis. */
    static NelderMead unitSimplex() {
        Problem problem = rosenbrock();
        return run(problem, new NelderMeadSimplex(problem.dimension()));
    }

    private static Problem rosenbrock() {
        return Problems.create(PaperRuns.ROSENBROCK, Map.of());
    }

    private static NelderMead run(Problem problem, AbstractSimplex simplex) {
        Monitor f = problem.monitor(problem.oracle(0));
        long[] count = {0};
        long[] toValue = {-1};
        long[] toDistance = {-1};
        ObjectiveFunction objective = new ObjectiveFunction(w -> {
            count[0]++;
            double v = f.loss(w);
            if (toValue[0] < 0 && v <= ACCURACY) {
                toValue[0] = count[0];
            }
            if (toDistance[0] < 0 && f.error(w) <= ACCURACY) {
                toDistance[0] = count[0];
            }
            return v;
        });
        SimplexOptimizer optimizer = new SimplexOptimizer((iteration, previous, current) -> toDistance[0] >= 0);
        try {
            optimizer.optimize(new MaxEval(MAX_EVALUATIONS), objective, GoalType.MINIMIZE,
                    new InitialGuess(problem.start()), simplex);
        } catch (TooManyEvaluationsException e) {
            // the counts say how far it got
        }
        return new NelderMead(toValue[0], toDistance[0]);
    }
}
