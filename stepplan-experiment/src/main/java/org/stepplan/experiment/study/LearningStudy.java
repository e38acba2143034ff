package org.stepplan.experiment.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stepplan.experiment.Experiment;
import org.stepplan.experiment.Parallel;
import org.stepplan.experiment.Progress;
import org.stepplan.experiment.RunSpec;
import org.stepplan.learn.LearningProblem;
import org.stepplan.problems.Problems;
import org.stepplan.run.Iteration;
import org.stepplan.run.Result;
import org.stepplan.run.RunListener;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceMemory;

/**
 * The learning part of the planning study: T0 (no non-finite iterate) at batch 32 and batch all, T2 (planning over
 * Adam at lr 1e-3 against the same-lr Adam's 20-epoch training loss, run seeds 0, 1, 2) and T3 (against the best
 * Adam of a grid, seed 0). The full training loss is measured five times per epoch (never counted); "examples" are
 * those of the gradient evaluations, as the oracle counts them; function evaluations (the safeguard's forward passes
 * on the current minibatch) are listed separately.
 */
public final class LearningStudy {

    static final int EPOCHS = 20;
    static final int BATCH = 32;
    static final int FULL_BATCH_ITERATIONS = 500;
    static final List<String> T3_LR = List.of("1e-4", "3e-4", "1e-3", "3e-3", "1e-2", "3e-2", "1e-1");

    /** One learning problem of the study. */
    record Task(String label, String problem, Map<String, String> params, boolean t3) {
    }

    static final List<Task> TASKS = List.of(
            new Task("logistic/breast-cancer", "logistic", Map.of("dataset", "breast-cancer"), false),
            new Task("softmax/digits", "softmax", Map.of("dataset", "digits"), true),
            new Task("mlp/digits", "mlp", Map.of("dataset", "digits"), true),
            new Task("softmax/fashion-mnist", "softmax", Map.of("dataset", "fashion-mnist"), true));

    /** A run's measured training-loss curve. */
    record Curve(Result result, long[] examples, double[] trainLoss, double finalTrainLoss) {

        /** Examples at the first measured row whose training loss is at or below {@code target}, or -1. */
        long examplesTo(double target) {
            for (int i = 0; i < examples.length; i++) {
                if (trainLoss[i] <= target) {
                    return examples[i];
                }
            }
            return -1;
        }
    }

    private record Job(Task task, String batch, String method, Map<String, String> params, long seed) {
        String name() {
            return task.label + " batch=" + batch + " " + method + " " + params + " seed " + seed;
        }
    }

    private final StringBuilder md;
    private final Progress progress;
    private final int threads;
    private final PlanningStudy.Selection selection;
    private final List<Task> tasks;

    LearningStudy(StringBuilder md, Progress progress, int threads, PlanningStudy.Selection selection) {
        this.md = md;
        this.progress = progress;
        this.threads = threads;
        this.selection = selection;
        this.tasks = TASKS.stream().filter(t -> selection.learningProblems().contains(t.label)).toList();
    }

    /** The labels of the learning problems, in the study's order. */
    static List<String> labels() {
        return TASKS.stream().map(Task::label).toList();
    }

    private Job plan(Task t, String batch, long seed) {
        return new Job(t, batch, "plan", selection.plan(), seed);
    }

    void run() throws Exception {
        List<Job> jobs = new ArrayList<>();
        for (Task t : tasks) {
            for (long seed = 0; seed < 3; seed++) {
                if (selection.has(6)) {
                    jobs.add(new Job(t, Integer.toString(BATCH), "adam", Map.of(), seed));
                }
                jobs.add(plan(t, Integer.toString(BATCH), seed));
            }
            if (selection.has(5)) {
                jobs.add(plan(t, "all", 0));
            }
            if (t.t3 && selection.has(7)) {
                for (String batch : List.of("32", "128")) {
                    for (String lr : T3_LR) {
                        jobs.add(new Job(t, batch, "adam", Map.of("lr", lr), 0));
                    }
                }
            }
        }
        progress.phase("learning", jobs.size());
        List<Curve> curves = Parallel.map(jobs, threads, LearningStudy::curve, Job::name, progress);
        Map<String, Curve> byName = new LinkedHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            byName.put(jobs.get(i).name(), curves.get(i));
        }
        if (selection.has(5)) {
            t0(byName);
        }
        if (selection.has(6)) {
            t2(byName);
        }
        if (selection.has(7)) {
            t3(byName);
        }
    }

    private void t0(Map<String, Curve> runs) {
        md.append("\n## 5. Learning problems: T0 (plan)\n\nbatch 32: " + EPOCHS
                + " epochs, run seeds 0, 1, 2; batch all: " + FULL_BATCH_ITERATIONS + " full-batch iterations, "
                + "seed 0. Cells: status and the final full training loss.\n\n"
                + "| problem | batch 32 (seeds 0, 1, 2) | batch all | T0 |\n|---|---|---|---|\n");
        for (Task t : tasks) {
            StringBuilder cells = new StringBuilder();
            boolean finite = true;
            for (long seed = 0; seed < 3; seed++) {
                Curve c = runs.get(plan(t, "32", seed).name());
                finite &= c.result.status() != Status.DIVERGED && Double.isFinite(c.finalTrainLoss);
                cells.append(seed == 0 ? "" : "; ").append(c.result.status().label()).append(' ')
                        .append(fmt(c.finalTrainLoss));
            }
            Curve all = runs.get(plan(t, "all", 0).name());
            finite &= all.result.status() != Status.DIVERGED && Double.isFinite(all.finalTrainLoss);
            md.append("| ").append(t.label).append(" | ").append(cells).append(" | ").append(all.result.status()
                    .label()).append(' ').append(fmt(all.finalTrainLoss)).append(" | ")
                    .append(finite ? "met" : "MISSED").append(" |\n");
        }
    }

    private void t2(Map<String, Curve> runs) {
        md.append("\n## 6. T2: planning over Adam (lr 1e-3, batch 32) against Adam at the same lr\n\nTarget: Adam's "
                + "full training loss after " + EPOCHS + " epochs (seed by seed). Ratio = the examples `plan` "
                + "needs to reach it, measured five times per epoch, over Adam's " + EPOCHS + " epochs of examples. "
                + "T2 asks for a median <= 0.40 and each seed <= 0.50. Extra cost: the safeguard's function "
                + "evaluations (forward passes on the current minibatch) per gradient evaluation.\n\n"
                + "| problem | Adam 20-epoch loss (seeds 0, 1, 2) | plan ratio (seeds 0, 1, 2) | median | plan "
                + "20-epoch loss | f evals / g evals | T2 |\n|---|---|---|---|---|---|---|\n");
        for (Task t : tasks) {
            double[] ratios = new double[3];
            StringBuilder targets = new StringBuilder();
            StringBuilder cells = new StringBuilder();
            StringBuilder planLoss = new StringBuilder();
            double overhead = 0;
            for (int seed = 0; seed < 3; seed++) {
                Curve adam = runs.get(new Job(t, "32", "adam", Map.of(), seed).name());
                Curve plan = runs.get(plan(t, "32", seed).name());
                long reached = plan.examplesTo(adam.finalTrainLoss);
                ratios[seed] = reached < 0 ? Double.POSITIVE_INFINITY
                        : (double) reached / adam.examples[adam.examples.length - 1];
                String sep = seed == 0 ? "" : ", ";
                targets.append(sep).append(fmt(adam.finalTrainLoss));
                cells.append(sep).append(reached < 0 ? "not reached" : fmt(ratios[seed]));
                planLoss.append(sep).append(fmt(plan.finalTrainLoss));
                overhead = Math.max(overhead, (double) plan.result.funcEvals() / plan.result.gradEvals());
            }
            double median = PlanningStudy.median(ratios);
            boolean met = median <= 0.40 && Arrays.stream(ratios).allMatch(r -> r <= 0.50);
            md.append("| ").append(t.label).append(" | ").append(targets).append(" | ").append(cells).append(" | ")
                    .append(fmt(median)).append(" | ").append(planLoss).append(" | ").append(fmt(overhead))
                    .append(" | ").append(met ? "met" : "missed").append(" |\n");
        }
    }

    private void t3(Map<String, Curve> runs) {
        md.append("\n## 7. T3: plan against the best-tuned Adam (seed 0)\n\nAdam grid: lr "
                + String.join(", ", T3_LR) + " x batch {32, 128}, " + EPOCHS + " epochs each; the best is the lowest "
                + "final full training loss. T3 asks `plan` (batch 32, run seeds 0, 1, 2: the median) to reach that loss within "
                + "the same number of examples (" + EPOCHS + " epochs). logistic/breast-cancer is not in the grid "
                + "(T3 names the other three).\n\n"
                + "| problem | best Adam | its loss | plan reaches it at (examples / 20 epochs; seeds 0, 1, 2) | plan "
                + "20-epoch loss (seeds 0, 1, 2) | T3 |\n|---|---|---|---|---|---|\n");
        for (Task t : tasks) {
            if (!t.t3) {
                continue;
            }
            String best = null;
            double bestLoss = Double.POSITIVE_INFINITY;
            long bestExamples = 0;
            for (String batch : List.of("32", "128")) {
                for (String lr : T3_LR) {
                    Curve c = runs.get(new Job(t, batch, "adam", Map.of("lr", lr), 0).name());
                    if (c.finalTrainLoss < bestLoss) {
                        bestLoss = c.finalTrainLoss;
                        best = "lr " + lr + " batch " + batch;
                        bestExamples = c.examples[c.examples.length - 1];
                    }
                }
            }
            StringBuilder reach = new StringBuilder();
            StringBuilder losses = new StringBuilder();
            double[] ratios = new double[3];
            for (int seed = 0; seed < 3; seed++) {
                Curve plan = runs.get(plan(t, "32", seed).name());
                long reached = plan.examplesTo(bestLoss);
                ratios[seed] = reached < 0 ? Double.POSITIVE_INFINITY : (double) reached / bestExamples;
                String sep = seed == 0 ? "" : ", ";
                reach.append(sep).append(reached < 0 ? "not reached" : fmt(ratios[seed]));
                losses.append(sep).append(fmt(plan.finalTrainLoss));
            }
            double median = PlanningStudy.median(ratios);
            md.append("| ").append(t.label).append(" | ").append(best).append(" | ").append(fmt(bestLoss))
                    .append(" | ").append(reach).append(" | ").append(losses).append(" | ")
                    .append(median <= 1.0 ? "met" : "missed").append(" |\n");
        }
    }

    private static Curve curve(Job job) {
        Map<String, String> pp = new LinkedHashMap<>(job.task.params);
        pp.put("batch", job.batch);
        LearningProblem problem = (LearningProblem) Problems.create(job.task.problem, pp);
        int n = problem.trainingExamples();
        long iterations;
        if (job.batch.equals("all")) {
            iterations = FULL_BATCH_ITERATIONS;
            pp.put("eval_every", Integer.toString(FULL_BATCH_ITERATIONS / 100));
        } else {
            int b = Integer.parseInt(job.batch);
            long perEpoch = (n + b - 1) / b;
            iterations = EPOCHS * perEpoch;
            pp.put("eval_every", Long.toString(Math.max(1, perEpoch / 5)));
        }
        List<Long> examples = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        long[] latest = new long[1];
        RunListener listener = new RunListener() {
            private int examplesColumn = -1;
            private int lossColumn = -1;

            @Override
            public void onIteration(Iteration it) {
                if (lossColumn < 0) {
                    examplesColumn = it.measurements().indexOf("examples");
                    lossColumn = it.measurements().indexOf("train_loss");
                }
                latest[0] = (long) it.measurement(examplesColumn);
                double loss = it.measurement(lossColumn);
                if (!Double.isNaN(loss)) {
                    examples.add((long) it.measurement(examplesColumn));
                    losses.add(loss);
                }
            }
        };
        Experiment.Outcome o = Experiment.execute(new RunSpec(job.task.problem, pp, null, job.method, job.params,
                StoppingRules.iterations(iterations), job.seed), TraceMemory.NONE, listener);
        double last = o.result().status() == Status.DIVERGED ? Double.NaN
                : ((LearningProblem) o.problem()).trainingLoss(o.result().w());
        examples.add(latest[0]);
        losses.add(last);
        return new Curve(o.result(), examples.stream().mapToLong(Long::longValue).toArray(),
                losses.stream().mapToDouble(Double::doubleValue).toArray(), last);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
