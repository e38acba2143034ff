package org.stepplan.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.BiFunction;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;
import org.stepplan.learn.data.DataSource;
import org.stepplan.learn.data.HeldSplit;
import org.stepplan.learn.data.KnownDataset;
import org.stepplan.learn.data.Split;
import org.stepplan.problems.Problem;
import org.stepplan.problems.ProblemProvider;
import org.stepplan.problems.ProblemSpec;

/**
 * The learning problems {@code logistic}, {@code softmax} and {@code mlp}, registered with the problem registry
 * through {@link ProblemProvider} (declared in {@code META-INF/services}).
 */
public final class LearningProblems implements ProblemProvider {

    /** The value of {@code batch} that selects the full-batch objective. */
    public static final String FULL_BATCH = "all";

    /** The value of {@code engine} that evaluates the examples in this process. */
    public static final String LOCAL = "local";

    @Override
    public List<ProblemSpec> problems() {
        return List.of(
                new ProblemSpec("logistic", "binary logistic regression on a data set (labels 0/1); w = (weights, "
                        + "bias), start 0; mean cross-entropy + (l2/2)|weights|^2",
                        common("breast-cancer"), p -> create("logistic", p, (split, q) -> binary(split))),
                new ProblemSpec("softmax", "multinomial logistic regression on a data set; w = (W row-major C x d, "
                        + "biases), start 0; mean cross-entropy + (l2/2)|W|^2",
                        common("digits"), p -> create("softmax", p,
                                (split, q) -> new Softmax(split.train().features(), split.train().classes()))),
                new ProblemSpec("mlp", "multilayer perceptron with a softmax output; w = per layer (W row-major, b), "
                        + "Glorot-uniform start; mean cross-entropy + (l2/2)|weights|^2", mlpParams(),
                        p -> create("mlp", p, LearningProblems::mlp)));
    }

    private static List<ParamSpec> common(String dataset) {
        return List.of(
                ParamSpec.text("dataset", dataset, "one of " + String.join(", ", KnownDataset.labels())
                        + " (./stepplan data install), csv:PATH (numeric CSV, standardized) or parquet:PATH "
                        + "(engine spark; standardized)"),
                ParamSpec.text("label", "last", "csv, parquet: the label column, last, first or a header name"),
                ParamSpec.real("test_fraction", 0.2, "held-out fraction, stratified (0: train on every example; "
                        + "fashion-mnist keeps its official split)"),
                ParamSpec.integer("split_seed", 1, "seed of the train/test split"),
                ParamSpec.real("l2", 1e-4, "weight decay: (l2/2) times the sum of squared weights (biases excluded)"),
                ParamSpec.text("batch", FULL_BATCH, "examples per minibatch (shuffled each epoch with the run's seed),"
                        + " or all for the deterministic full batch"),
                ParamSpec.integer("eval_every", 0, "measure train loss and test accuracy every N iterations "
                        + "(0: once per epoch)"),
                ParamSpec.integer("threads", 1, "threads of a full-batch evaluation from 8192 examples on (0: all "
                        + "cores); the result does not depend on it"),
                ParamSpec.text("engine", LOCAL, "where the training examples are evaluated: local (this process) or "
                        + "spark (stepplan-spark, loaded by ./stepplan for --engine spark)"),
                ParamSpec.text("master", "local[*]", "engine spark: the Spark master URL (local[N], local-cluster[..], "
                        + "spark://HOST:PORT)"),
                ParamSpec.integer("partitions", 0, "engine spark: partitions of the training examples (0: the "
                        + "master's default parallelism)"));
    }

    private static List<ParamSpec> mlpParams() {
        List<ParamSpec> params = new ArrayList<>(common("digits"));
        params.add(ParamSpec.vector("hidden", "64", "hidden layer sizes, e.g. 128,64"));
        params.add(ParamSpec.choice("activation", Mlp.Activation.labels(), "hidden nonlinearity"));
        params.add(ParamSpec.integer("init_seed", 1, "seed of the Glorot-uniform initial weights"));
        return params;
    }

    private static Problem create(String name, Params p, BiFunction<Split, Params, Model> model) {
        LearningEngine engine = engine(p.text("engine"));
        LearningProblem local = createLocal(name, p, model, engine);
        return engine == null ? local : engine.distribute(local, p);
    }

    /** The engine named {@code name}, null for {@code local}. */
    private static LearningEngine engine(String name) {
        if (name.equals(LOCAL)) {
            return null;
        }
        for (LearningEngine e : ServiceLoader.load(LearningEngine.class)) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("engine '" + name + "' is not available (local, or spark when "
                + "stepplan-spark is on the classpath: ./stepplan run ... --engine spark loads it)");
    }

    private static LearningProblem createLocal(String name, Params p, BiFunction<Split, Params, Model> model,
                                               LearningEngine engine) {
        double l2 = p.real("l2");
        if (!(Double.isFinite(l2) && l2 >= 0)) {
            throw new IllegalArgumentException("l2 must be finite and >= 0, got " + l2);
        }
        int evalEvery = p.integer("eval_every");
        if (evalEvery < 0) {
            throw new IllegalArgumentException("eval_every must be >= 0, got " + evalEvery);
        }
        String dataset = p.text("dataset");
        HeldSplit held = engine == null ? null : engine.read(dataset, p).orElse(null);
        Split split = held != null ? held.shape()
                : DataSource.load(dataset, p.real("test_fraction"), p.integer("split_seed"), p.text("label"));
        int batch = batch(p.text("batch"), held != null ? held.trainingExamples() : split.train().examples());
        int threads = p.integer("threads");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0: all cores), got " + threads);
        }
        return new LearningProblem(name, p.effective(), split, held, model.apply(split, p), l2, batch, evalEvery,
                threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
    }

    private static int batch(String text, int n) {
        if (text.equals(FULL_BATCH)) {
            return 0;
        }
        int b;
        try {
            b = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("batch must be all or a number of examples, got '" + text + "'");
        }
        if (b < 1 || b > n) {
            throw new IllegalArgumentException("batch must be in 1.." + n + " (the training examples) or all, got "
                    + b);
        }
        return b;
    }

    private static Model binary(Split split) {
        if (split.train().classes() != 2) {
            throw new IllegalArgumentException("logistic needs 2 classes; data set '" + split.train().name()
                    + "' has " + split.train().classes() + " (use softmax)");
        }
        return new Logistic(split.train().features());
    }

    private static Model mlp(Split split, Params p) {
        double[] hidden = p.vector("hidden");
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = split.train().features();
        for (int l = 0; l < hidden.length; l++) {
            if (hidden[l] != Math.rint(hidden[l]) || hidden[l] < 1 || hidden[l] > 1e6) {
                throw new IllegalArgumentException("hidden layer sizes must be whole numbers >= 1, got " + hidden[l]);
            }
            sizes[l + 1] = (int) hidden[l];
        }
        sizes[sizes.length - 1] = split.train().classes();
        return new Mlp(sizes, Mlp.Activation.ofLabel(p.choice("activation")), p.integer("init_seed"));
    }
}
