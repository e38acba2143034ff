package org.stepplan.suite;

import org.stepplan.core.Oracle;
import org.stepplan.methods.Methods;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.RunListener;
import org.stepplan.run.StoppingRules;

/**
 * One run to make: a setting on a problem from the problem's standard start, within {@code budget} gradient
 * evaluations (the commons-math3 peers are held to the same budget of gradient + function evaluations by their
 * {@code max_evals}). A run goes on to the budget or until the method stops itself, so that the final accuracy
 * (NIST digits) is measured too; the convergence test is read off the evaluation log afterwards: the best value
 * at each evaluated point ({@link EvaluationLog}) on a deterministic problem, the best measured (full-batch) iterate
 * ({@link IterateLog}) on a minibatch problem.
 *
 * @param problem the problem
 * @param setting the method's setting
 * @param budget  the evaluation budget
 * @param tol     T of the convergence test f - f* &lt;= T (f0 - f*)
 */
public record Job(BenchProblem problem, Setting setting, long budget, double tol) {

    /** {@code problem / method setting}, for progress lines. */
    public String label() {
        return problem.label() + " / " + setting.method() + " " + setting.label();
    }

    /**
     * Runs it. Deterministic: the same job gives the same trial (up to its wall time); a minibatch problem draws its
     * samples from seed 0.
     */
    public Trial run() {
        // the loss alone, on an objective of its own (a learning problem's own monitor also measures test accuracy)
        Monitor monitor = Monitor.of(problem.measuredObjective(), problem.measured().optimum());
        double[] start = problem.problem().start();
        double f0 = monitor.loss(start);
        EvaluationLog evaluations = problem.stochastic() ? null
                : new EvaluationLog(problem.problem().oracle(0).deterministicObjective());
        IterateLog iterates = new IterateLog();
        Oracle oracle = evaluations == null ? problem.problem().oracle(0) : Oracle.of(evaluations);
        long t0 = System.nanoTime();
        Result r = Minimizer.minimize(oracle, Methods.configure(setting.method(), setting.params()), start, monitor,
                new StoppingRules(budget, budget, Double.NaN, Double.NaN, true),
                evaluations == null ? new RunListener[] {iterates} : new RunListener[0]);
        long wall = System.nanoTime() - t0;
        double[] best = evaluations == null ? iterates.bestSoFar() : evaluations.bestSoFar();
        return new Trial(problem, setting, r.status().label(), f0, best, r.loss(), r.w(), tol,
                problem.publishedOptimum().orElse(Double.NaN), wall);
    }
}
