package org.stepplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stepplan.core.Vectors;
import org.stepplan.experiment.Experiment;
import org.stepplan.experiment.Json;
import org.stepplan.experiment.RunCheckpoint;
import org.stepplan.experiment.RunSpec;
import org.stepplan.files.AtomicFiles;
import org.stepplan.files.Outputs;
import org.stepplan.run.Result;
import org.stepplan.planning.StepSizePlanning;
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
public final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--problem", required = true, description = "problem name (see `stepplan list`)")
    String problem;

    @Option(names = "--problem-param", paramLabel = "KEY=VALUE", description = "a problem parameter (repeatable)")
    List<String> problemParams = new ArrayList<>();

    @Option(names = "--start", paramLabel = "X1,X2,...", description = "start point (default: the problem's)")
    String start;

    @Option(names = "--method", required = true, description = "method name (see `stepplan list`)")
    String method;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a method parameter (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--max-iterations", paramLabel = "N", description = "iteration limit (default: ${DEFAULT-VALUE})")
    long maxIterations = StoppingRules.DEFAULT_MAX_ITERATIONS;

    @Option(names = "--max-grad-evals", paramLabel = "N", description = "gradient-evaluation budget")
    Long maxGradEvals;

    @Option(names = "--target-error", paramLabel = "E", description = "stop once ||w - w*|| <= E")
    Double targetError;

    @Option(names = "--continue-past-zero", arity = "0..1", paramLabel = "N", fallbackValue = "9223372036854775807",
            description = "go on after the error is exactly 0: N more iterations, then stop as converged; without N "
                    + "until another limit (default: stop there as converged)")
    Long continuePastZero;

    @Option(names = "--eval-every", paramLabel = "N", description = "learning problems: measure the training loss "
            + "and test accuracy every N iterations (default: once per epoch); the problem parameter eval_every")
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

    @Option(names = "--trace", paramLabel = "FILE.csv", description = "write the trace as CSV (atomically); - for standard output (the summary then goes to "
            + "standard error)")
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

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "write the run's complete state to FILE "
            + "(atomically) every --checkpoint-every iterations and at the end, for --resume")
    Path checkpoint;

    @Option(names = "--checkpoint-every", paramLabel = "N", description = "iterations between checkpoints, a "
            + "multiple of --trace-every (default: ${DEFAULT-VALUE})")
    long checkpointEvery = 1000;

    @Option(names = "--resume", paramLabel = "FILE", description = "continue the run checkpointed in FILE (give the "
            + "same options as the run that wrote it); checkpoints go on into FILE unless --checkpoint names another")
    Path resume;

    @Option(names = "--force", description = "overwrite an existing trace file")
    boolean force;

    @Option(names = "--json", description = "print one JSON object instead of a summary")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (targetError != null && Double.isNaN(targetError)) {
            throw new IllegalArgumentException("--target-error: NaN is no target (leave the option out for none)");
        }
        StoppingRules rules = new StoppingRules(maxIterations, maxGradEvals == null ? Long.MAX_VALUE : maxGradEvals,
                targetError == null ? Double.NaN : targetError, Double.NaN, continuePastZero == null ? 0 : continuePastZero);
        double[] w0 = start == null ? null : VectorText.parse("--start", start);
        Thinning thinning = Thinning.every(traceEvery);
        StepSizeColumns columns = StepSizeColumns.parse(traceStepSizes);
        boolean traceToStdout = trace != null && trace.toString().equals("-");
        if (traceToStdout && json) {
            throw new IllegalArgumentException("--trace - and --json both write to standard output; give the trace a "
                    + "file name");
        }
        Map<String, String> problemParamMap = KeyValues.parse("--problem-param", problemParams);
        if (evalEvery != null && problemParamMap.put("eval_every", Integer.toString(evalEvery)) != null) {
            throw new IllegalArgumentException("--eval-every and --problem-param eval_every both given");
        }
        String[][] engineOptions = {{"engine", engine}, {"master", master},
                {"partitions", partitions == null ? null : partitions.toString()}};
        for (String[] option : engineOptions) {
            if (option[1] != null && problemParamMap.put(option[0], option[1]) != null) {
                throw new IllegalArgumentException("--" + option[0] + " and --problem-param " + option[0]
                        + " both given");
            }
        }
        Experiment.Prepared run = Experiment.prepare(new RunSpec(problem, problemParamMap, w0, method,
                KeyValues.parse("--param", params), rules, seed));
        boolean checkpointed = checkpoint != null || resume != null;
        RunCheckpoint from = null;
        Map<String, String> identity = null;
        if (checkpointed) {
            if (traceToStdout) {
                throw new IllegalArgumentException("--trace - cannot be resumed: give the trace a file name");
            }
            if (checkpointEvery < 1 || checkpointEvery % traceEvery != 0) {
                throw new IllegalArgumentException("--checkpoint-every must be a multiple of --trace-every ("
                        + traceEvery + "), got " + checkpointEvery);
            }
            try {
                org.stepplan.core.Oracle probe = run.problem().oracle(seed);
                probe.snapshot();
                if (!run.problem().monitor(probe).measurements().isEmpty()) {
                    throw new UnsupportedOperationException("its monitor's measurements are not saved");
                }
            } catch (UnsupportedOperationException e) {
                throw new IllegalArgumentException("--checkpoint: problem '" + problem + "' cannot be checkpointed ("
                        + e.getMessage() + ")");
            }
            identity = RunCheckpoint.identity(run, CheckpointedRun.traceOptions(trace, traceEvery, traceStepSizes));
            if (resume != null) {
                from = RunCheckpoint.read(resume);
                from.requireSameRun(resume, identity);
            }
            if (from != null && from.finished() && trace != null && Files.exists(trace)
                    && !Files.exists(CheckpointedRun.partOf(trace))) {
                trace = null; // killed after its trace was published: only the result is left to print
            }
            Path target = checkpoint != null ? checkpoint : resume;
            boolean ownFile = resume != null && target.toAbsolutePath().equals(resume.toAbsolutePath());
            Outputs.file("--checkpoint", target, force || ownFile);
        }
        if (trace != null && !traceToStdout) {
            Outputs.file("--trace", trace, force);
        }
        PrintWriter out = spec.commandLine().getOut();
        Experiment.Outcome outcome;
        IOException lateFailure = null;
        if (checkpointed) {
            outcome = CheckpointedRun.run(run, identity, from, checkpoint != null ? checkpoint : resume,
                    checkpointEvery, trace, force, thinning, columns);
            try {
                if (trace != null) {
                    CheckpointedRun.publish(trace, force);
                }
            } catch (IOException e) {
                lateFailure = e; // the run ended: its result is still printed below
            }
        } else if (trace == null) {
            outcome = Experiment.execute(run, TraceMemory.NONE);
        } else if (traceToStdout) {
            outcome = Experiment.execute(run, TraceMemory.NONE, new TraceCsv(out, thinning, columns));
            out.flush();
        } else { // the CSV streams into a temporary file while the run goes, renamed over the target at the end
            Experiment.Outcome[] done = new Experiment.Outcome[1];
            try {
                AtomicFiles.writeText(trace, force, csv -> done[0] = Experiment.execute(run, TraceMemory.NONE,
                        new TraceCsv(csv, thinning, columns)));
            } catch (IOException e) {
                if (done[0] == null) {
                    throw e;
                }
                lateFailure = e; // the run ended: its result is still printed below
            }
            outcome = done[0];
        }
        Result r = outcome.result();
        PrintWriter summaryOut = traceToStdout ? spec.commandLine().getErr() : out;
        summaryOut.println(json ? Json.write(Json.of(outcome, !noWeights)) : summary(outcome));
        summaryOut.flush();
        if (lateFailure != null) {
            throw lateFailure;
        }
        return r.status() == Status.DIVERGED ? ExitCodes.DIVERGED : ExitCodes.OK;
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
        if (r.status() == Status.DIVERGED
                && (r.method().equals(StepSizePlanning.CSAWG) || r.method().equals(StepSizePlanning.CSAUG))) {
            b.append("\nhint: ").append(r.method()).append(" follows the paper exactly and is known to diverge beyond "
                    + "its 2-D problems; the robust planner is --method plan (docs/planning.md)");
        }
        if (r.firstZeroError() != null) {
            b.append("\nerror exactly 0 at the end of iteration ").append(r.firstZeroError().iterations())
                    .append(" (").append(r.firstZeroError().gradEvals()).append(" gradient evaluations)");
        }
        return b.toString();
    }
}
