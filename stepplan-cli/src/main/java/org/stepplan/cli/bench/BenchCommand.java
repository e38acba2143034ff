package org.stepplan.cli.bench;

import org.stepplan.cli.ExitCodes;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.stepplan.experiment.Progress;
import org.stepplan.cli.ThreadsOption;
import org.stepplan.suite.Suites;
import org.stepplan.suite.output.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stepplan bench}: the methods against the standard test sets, as the optimization literature reports it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the methods on standard problem suites: results.csv, Dolan-More performance "
                + "profiles and More-Wild data profiles (PNG, SVG, CSV), a convergence plot per problem, "
                + "report.md and report.html with a verdict per method family.",
                "Suites: mgh (More-Garbow-Hillstrom), nist (NIST StRD nonlinear regression, both starts), "
                        + "quadratics (rotated quadratics, d in {50, 1000} x condition in {1e2, 1e3, 1e4}), "
                        + "learning (opt-in: logistic and softmax regression, full batch and batch 32; f* = the least "
                        + "value any run reached)."})
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--suite", paramLabel = "NAME", split = ",",
            description = "suites to run: mgh, nist, quadratics, learning (default: ${DEFAULT-VALUE})")
    List<String> suites = Suites.DEFAULTS;

    @Option(names = "--methods", paramLabel = "NAME", split = ",",
            description = "only these benchmark methods (default: all; see docs/bench.md for each one's grid)")
    List<String> methods = List.of();

    @Option(names = "--budget", paramLabel = "N", description = "evaluations per run (default: ${DEFAULT-VALUE})")
    long budget = 2000;

    @Option(names = "--tol", paramLabel = "T",
            description = "a run solves a problem once f - f* <= T (f0 - f*) (default: ${DEFAULT-VALUE})")
    double tol = 1e-6;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("bench-results");

    @CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--force", description = "write into a non-empty output folder")
    boolean force;

    @Override
    public Integer call() throws Exception {
        int threadCount = threads.get();
        try (Progress progress = Progress.onStderr(spec.commandLine().getErr())) {
            Benchmark.run(new Benchmark.Options(new LinkedHashSet<>(suites), new LinkedHashSet<>(methods), budget, tol,
                    out, threadCount, force, progress), spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
