package org.stepplan.cli.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stepplan.cli.ExitCodes;
import org.stepplan.cli.KeyValues;
import org.stepplan.cli.ThreadsOption;
import org.stepplan.experiment.Progress;
import org.stepplan.experiment.RunSpec;
import org.stepplan.experiment.compare.CompareSpec;
import org.stepplan.experiment.compare.Comparison;
import org.stepplan.experiment.compare.Ranking;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stepplan compare}: several methods (over grids) on one problem, each at its best setting. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run each method (over its grid from --spec, else at its defaults) on one problem, pick "
                + "each method's best setting, print a table and write a convergence plot (PNG, SVG, CSV).",
                "Rule: " + Ranking.RULE + "."})
public final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--problem", required = true, description = "problem name (see `stepplan list`)")
    String problem;

    @Option(names = "--problem-param", paramLabel = "KEY=VALUE", description = "a problem parameter (repeatable)")
    List<String> problemParams = new ArrayList<>();

    @Option(names = "--methods", paramLabel = "M1,M2", split = ",",
            description = "methods to compare (default: every method of the spec)")
    List<String> methods = List.of();

    @Option(names = "--spec", paramLabel = "FILE.yaml", description = "grids per method (format: docs/reproduce.md)")
    Path specFile;

    @Option(names = "--max-grad-evals", paramLabel = "N", description = "gradient-evaluation budget per run "
            + "(default: the spec's, else " + Comparison.DEFAULT_MAX_GRAD_EVALS + ")")
    Long maxGradEvals;

    @Option(names = "--target-error", paramLabel = "E", description = "a run stops once ||w - w*|| <= E "
            + "(default: the spec's, else none)")
    Double targetError;

    @Option(names = "--seed", paramLabel = "S", description = "seed of a stochastic problem (default: ${DEFAULT-VALUE})")
    long seed = RunSpec.DEFAULT_SEED;

    @Option(names = "--plot", paramLabel = "NAME", description = "plot files NAME.png, .svg, .csv "
            + "(default: compare-PROBLEM)")
    Path plot;

    @Option(names = "--force", description = "overwrite existing plot files")
    boolean force;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        if (targetError != null && Double.isNaN(targetError)) {
            throw new IllegalArgumentException("--target-error: NaN is no target (leave the option out for none)");
        }
        int threadCount = threads.get();
        Map<String, String> problemParamMap = KeyValues.parse("--problem-param", problemParams);
        CompareSpec grids = specFile == null ? new CompareSpec(Map.of(), null, null) : CompareSpec.read(specFile);
        Comparison.run(new Comparison.Options(problem, problemParamMap, methods, grids, maxGradEvals, targetError, seed,
                plot, force, threadCount, Progress.onStderr(spec.commandLine().getErr())), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
