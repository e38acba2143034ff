package org.stepplan.cli.study;

import org.stepplan.cli.ExitCodes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stepplan.experiment.Progress;
import org.stepplan.cli.ThreadsOption;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepplan study planning}: the measurements behind docs/planning.md, with their plots and tables. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Run a study and write its tables (study.md), plots (PNG, SVG) and the CSV behind each plot.",
                "Studies: planning (the divergence mechanism of csawg/csaug, each option of plan, targets T0/T1)."})
public final class StudyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study: planning")
    String study;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output folder")
    Path out;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--force", description = "overwrite files of an earlier study in the output folder")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (!"planning".equals(study)) {
            throw new IllegalArgumentException("unknown study '" + study + "'; known: planning");
        }
        int threadCount = threads.get();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        long t0 = System.nanoTime();
        try (Progress progress = Progress.onStderr(err)) {
            files = new PlanningStudy(out, force, threadCount, progress, "./stepplan study planning --out " + out
                    + (force ? " --force" : "")).run();
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "wrote %d files to %s in %.1f s%n", files.size(), out, (System.nanoTime() - t0) / 1e9);
        o.flush();
        return ExitCodes.OK;
    }
}
