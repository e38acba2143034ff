package org.stepplan.cli.reproduce;

import org.stepplan.cli.ExitCodes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stepplan.experiment.Progress;
import org.stepplan.cli.ThreadsOption;
import org.stepplan.paper.Reproduction;
import org.stepplan.paper.claims.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code stepplan reproduce}: every figure of the paper, its data, and a report of each claim against ours. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Reproduce the paper's figures (PNG and the CSV behind each; SVG too with --svg) and write "
                + "report.md and report.html setting each claim of the paper beside our measurement.",
                "Figures: 3a 3b 4 5a 5b 6 7a 7b 8 9."})
public final class ReproduceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("results");

    @Option(names = "--only", paramLabel = "ID", split = ",", description = "only these figures (and their claims)")
    List<String> only = List.of();

    @CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--force", description = "write into a non-empty output folder")
    boolean force;

    @Option(names = "--svg", description = "also write each figure as SVG (vector; about doubles the drawing time)")
    boolean svg;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors (no progress, no summary)")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        int threadCount = threads.get();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = quiet ? Progress.none() : Progress.onStderr(err);
        Reproduction.Outcome outcome;
        try (progress) {
            outcome = Reproduction.run(new Reproduction.Options(out, new LinkedHashSet<>(only), threadCount, force,
                    command(threadCount), ExitCodes.VERSION, svg, progress));
        }
        if (quiet) {
            return ExitCodes.OK;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "wrote %d files to %s in %.1f s%n", outcome.files().size(), out,
                outcome.report().wallSeconds());
        o.printf(Locale.ROOT, "claims: %d reproduced, %d close, %d not reproduced, %d cited (of %d)%n",
                outcome.count(Verdict.REPRODUCED), outcome.count(Verdict.CLOSE),
                outcome.count(Verdict.NOT_REPRODUCED), outcome.count(Verdict.CITED), outcome.claims());
        o.println("report: " + out.resolve("report.html") + " (and report.md)");
        o.flush();
        return ExitCodes.OK;
    }

    private String command(int threadCount) {
        StringBuilder b = new StringBuilder("./stepplan reproduce --out ").append(out);
        if (!only.isEmpty()) {
            b.append(" --only ").append(String.join(",", only));
        }
        b.append(" --threads ").append(threadCount);
        if (force) {
            b.append(" --force");
        }
        if (svg) {
            b.append(" --svg");
        }
        return b.toString();
    }
}
