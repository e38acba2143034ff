package org.stepplan.cli.study;

import org.stepplan.cli.ExitCodes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.stepplan.experiment.Progress;
import org.stepplan.cli.ThreadsOption;
import org.stepplan.experiment.study.PlanningStudy;
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

    @Option(names = "--sections", paramLabel = "LIST", defaultValue = "1-7", description = "the sections to run, "
            + "e.g. 1-4 (the deterministic ones, about a minute) or 5,7; default: ${DEFAULT-VALUE}")
    String sections;

    @Option(names = "--plan-param", paramLabel = "KEY=VALUE", description = "a parameter of the `plan` that the "
            + "target sections 4-7 measure (repeatable; default: plan's defaults)")
    Map<String, String> planParams = new LinkedHashMap<>();

    @Option(names = "--learning-problems", paramLabel = "LIST", split = ",", description = "the learning problems "
            + "of sections 5-7, comma-separated (default: all: logistic/breast-cancer, softmax/digits, mlp/digits, "
            + "softmax/fashion-mnist)")
    List<String> learningProblems;

    @Override
    public Integer call() throws Exception {
        if (!"planning".equals(study)) {
            throw new IllegalArgumentException("unknown study '" + study + "'; known: planning");
        }
        int threadCount = threads.get();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        PlanningStudy.Selection selection = new PlanningStudy.Selection(parseSections(sections), planParams,
                learningProblems);
        long t0 = System.nanoTime();
        try (Progress progress = Progress.onStderr(err)) {
            files = new PlanningStudy(out, force, threadCount, progress, "./stepplan study planning --out " + out
                    + (force ? " --force" : "") + commandSuffix(), selection).run();
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "wrote %d files to %s in %.1f s%n", files.size(), out, (System.nanoTime() - t0) / 1e9);
        o.flush();
        return ExitCodes.OK;
    }

    /** "1-4", "5,7", "1-3,6": the sections, each in 1..7. */
    static Set<Integer> parseSections(String list) {
        Set<Integer> chosen = new TreeSet<>();
        for (String part : list.split(",")) {
            String[] ends = part.trim().split("-", -1);
            try {
                int from = Integer.parseInt(ends[0].trim());
                int to = ends.length == 2 ? Integer.parseInt(ends[1].trim()) : from;
                if (ends.length > 2 || from < 1 || to > 7 || from > to) {
                    throw new NumberFormatException();
                }
                for (int s = from; s <= to; s++) {
                    chosen.add(s);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--sections '" + list + "': expected sections 1-7 as a list "
                        + "like 1-4 or 5,7");
            }
        }
        return chosen;
    }

    private String commandSuffix() {
        StringBuilder b = new StringBuilder();
        if (!"1-7".equals(sections)) {
            b.append(" --sections ").append(sections);
        }
        planParams.forEach((k, v) -> b.append(" --plan-param ").append(k).append('=').append(v));
        if (learningProblems != null) {
            b.append(" --learning-problems ").append(String.join(",", learningProblems));
        }
        return b.toString();
    }
}
