package org.stepplan.suite;

import org.stepplan.core.Oracle;
import org.stepplan.optim.Methods;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;

/**
 * One run to make: a setting on a problem from the problem's standard start, within {@code budget} gradient
 * evaluations (the commons-math3 peers are held to the same budget of gradient + function evaluations by their
 * {@code max_evals}). A run goes on to the budget or until the method stops itself, so that the final accuracy
 * (NIST digits) is measured too; the convergence test is read off the evaluation log afterwards.
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

    /** Runs it. Deterministic: the same job gives the same trial (up to its wall time). */
    public Trial run() {
        EvaluationLog log = new EvaluationLog(problem.problem().oracle(0).deterministicObjective());
        Oracle oracle = Oracle.of(log);
        // the loss alone, on an objective of its own (a learning problem's own monitor also measures test accuracy)
        Monitor monitor = Monitor.of(problem.problem().oracle(0).deterministicObjective(), problem.problem().optimum());
        double[] start = problem.problem().start();
        double f0 = monitor.loss(start);
        long t0 = System.nanoTime();
        Result r = Minimizer.minimize(oracle, Methods.configure(setting.method(), setting.params()), start, monitor,
                new StoppingRules(budget, budget, Double.NaN, Double.NaN, true));
        long wall = System.nanoTime() - t0;
        return new Trial(problem, setting, r.status().label(), f0, log.bestSoFar(), r.loss(), r.w(), tol,
                problem.publishedOptimum().orElse(Double.NaN), wall);
    }
}
