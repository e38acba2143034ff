package org.stepplan.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stepplan.core.Vectors;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.Thinning;
import org.stepplan.run.TraceMemory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stepplan run}: one method on one problem, a summary or JSON on stdout, optionally the trace as CSV. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one method on one problem. Exit code 3 when the run diverges.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--problem", required = true, description = "problem name (see `stepplan list`)")
    String problem;

    @Option(names = "--problem-param", paramLabel = "KEY=VALUE", description = "a problem parameter (repeatable)")
    Map<String, String> problemParams = new LinkedHashMap<>();

    @Option(names = "--start", paramLabel = "X1,X2,...", description = "start point (default: the problem's)")
    String start;

    @Option(names = "--method", required = true, description = "method name (see `stepplan list`)")
    String method;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a method parameter (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--max-iterations", paramLabel = "N", description = "iteration limit (default: ${DEFAULT-VALUE})")
    long maxIterations = StoppingRules.DEFAULT_MAX_ITERATIONS;

    @Option(names = "--max-grad-evals", paramLabel = "N", description = "gradient-evaluation budget")
    Long maxGradEvals;

    @Option(names = "--target-error", paramLabel = "E", description = "stop once ||w - w*|| <= E")
    Double targetError;

    @Option(names = "--continue-past-zero",
            description = "go on after the error is exactly 0 (default: stop there as converged)")
    boolean continuePastZero;

    @Option(names = "--eval-every", paramLabel = "N", description = "learning problems: measure the training loss "
            + "and test accuracy every N iterations (default: once per epoch); the problem parameter eval-every")
    Integer evalEvery;

    @Option(names = "--engine", paramLabel = "local|spark", description = "learning problems: where the training "
            + "examples are evaluated (spark: on Apache Spark, loaded by ./stepplan only for this option); the problem "
            + "parameter engine")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "--engine spark: the master, local[*] (default), "
            + "local[N], local-cluster[W,C,MB] or spark://HOST:PORT; the problem parameter master")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "--engine spark: partitions of the training "
            + "examples (default: the master's parallelism); the problem parameter partitions")
    Integer partitions;

    @Option(names = "--seed", paramLabel = "S", description = "seed of a stochastic problem (default: ${DEFAULT-VALUE})")
    long seed = RunSpec.DEFAULT_SEED;

    @Option(names = "--trace", paramLabel = "FILE.csv", description = "write the trace as CSV (atomically)")
    Path trace;

    @Option(names = "--trace-every", paramLabel = "N", description = "trace rows at iterations that are multiples "
            + "of N, plus row 0, every row with an event and the last row (default: ${DEFAULT-VALUE}: every row)")
    long traceEvery = 1;

    @Option(names = "--trace-step-sizes", paramLabel = "all|none|N", description = "one trace column per step size "
            + "when there are at most N (all: always), else the columns step_size_min,step_size_mean,step_size_max,"
            + "step_size_negative; none: no step-size column (default: ${DEFAULT-VALUE})")
    String traceStepSizes = String.valueOf(StepSizeColumns.DEFAULT_LIMIT);

    @Option(names = "--no-weights", description = "leave the final w out of the --json output")
    boolean noWeights;

    @Option(names = "--force", description = "overwrite an existing trace file")
    boolean force;

    @Option(names = "--json", description = "print one JSON object instead of a summary")
    boolean json;

    @Override
    public Integer call() throws Exception {
        StoppingRules rules = new StoppingRules(maxIterations, maxGradEvals == null ? Long.MAX_VALUE : maxGradEvals,
                targetError == null ? Double.NaN : targetError, Double.NaN, !continuePastZero);
        double[] w0 = start == null ? null : VectorText.parse("--start", start);
        Thinning thinning = Thinning.every(traceEvery);
        StepSizeColumns columns = StepSizeColumns.parse(traceStepSizes);
        if (evalEvery != null) {
            problemParams.put("eval-every", Integer.toString(evalEvery));
        }
        if (engine != null) {
            problemParams.put("engine", engine);
        }
        if (master != null) {
            problemParams.put("master", master);
        }
        if (partitions != null) {
            problemParams.put("partitions", Integer.toString(partitions));
        }
        RunSpec run = new RunSpec(problem, problemParams, w0, method, params, rules, seed);
        Experiment.Outcome outcome;
        if (trace == null) {
            outcome = Experiment.execute(run, TraceMemory.NONE);
        } else { // the CSV streams into a temporary file while the run goes, renamed over the target at the end
            Experiment.Outcome[] done = new Experiment.Outcome[1];
            AtomicFiles.writeText(trace, force,
                    csv -> done[0] = Experiment.execute(run, TraceMemory.NONE, new TraceCsv(csv, thinning, columns)));
            outcome = done[0];
        }
        Result r = outcome.result();
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(Json.of(outcome, !noWeights)));
        } else {
            out.println(summary(outcome));
        }
        out.flush();
        return r.status() == Status.DIVERGED ? StepplanCli.DIVERGED : StepplanCli.OK;
    }

    /** Weights shown in full up to this dimension; above it, a preview and the norm. */
    static final int SHOWN_WEIGHTS = 20;

    /** {@code w [..]} up to {@link #SHOWN_WEIGHTS} components, else the first ones, the count and ||w||. */
    static String weights(double[] w) {
        if (w.length <= SHOWN_WEIGHTS) {
            return "w " + Arrays.toString(w);
        }
        StringBuilder b = new StringBuilder("w [");
        for (int i = 0; i < 5; i++) {
            b.append(w[i]).append(", ");
        }
        return b.append("... (").append(w.length).append(" components)]  ||w|| ")
                .append(Math.sqrt(Vectors.dot(w, w))).toString();
    }

    static String summary(Experiment.Outcome outcome) {
        Result r = outcome.result();
        StringBuilder b = new StringBuilder();
        b.append(r.method()).append(' ').append(r.params()).append(" on ").append(outcome.problem().name())
                .append(" (d=").append(outcome.problem().dimension()).append(")\n");
        b.append("status ").append(r.status().label()).append(" after ").append(r.iterations())
                .append(" iterations, ").append(r.gradEvals()).append(" gradient evaluations, ")
                .append(r.funcEvals()).append(" function evaluations");
        if (r.hessianEvals() > 0) {
            b.append(", ").append(r.hessianEvals()).append(" Hessian-diagonal evaluations");
        }
        b.append('\n');
        b.append("loss ").append(r.loss());
        if (r.errorKnown()) {
            b.append("  error ||w - w*|| ").append(r.error());
        }
        b.append('\n').append(weights(r.w()));
        if (r.firstZeroError() != null) {
            b.append("\nerror exactly 0 at the end of iteration ").append(r.firstZeroError().iterations())
                    .append(" (").append(r.firstZeroError().gradEvals()).append(" gradient evaluations)");
        }
        return b.toString();
    }
}
