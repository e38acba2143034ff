package org.stepplan.learn;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.run.Monitor;

/**
 * How a run on a {@link LearningProblem} is measured, one {@link Row} per trace row (the run loop measures each row
 * once, in order; only the latest row is kept, so a run's memory does not grow with its iterations):
 * <ul>
 *   <li>the loss: with {@code batch=all}, the full training objective at w; with {@code batch=N}, the value of the
 *       last gradient evaluation (the loss of the minibatch the method last drew, at the point it evaluated it),
 *       and at row 0 the full training objective at the start;</li>
 *   <li>the examples the oracle's gradient evaluations used so far, and the epochs they make (examples / n);</li>
 *   <li>every {@code eval_every} iterations (0: at row 0 and at the first row of each new epoch), the full training
 *       objective and the test accuracy, NaN in the other rows.</li>
 * </ul>
 * None of it is counted as an evaluation.
 */
public final class LearningMonitor implements Monitor {

    /**
     * The measurements of one trace row.
     *
     * @param examples     examples used by the gradient evaluations so far
     * @param epochs       examples / n
     * @param trainLoss    the full training objective, NaN when not measured at this row
     * @param testAccuracy the test accuracy, NaN when not measured at this row (or without test examples)
     */
    public record Row(long examples, double epochs, double trainLoss, double testAccuracy) {
    }

    private final Oracle oracle;
    private final int evalEvery;
    private final int n;
    private final Objective train;
    private final ToDoubleFunction<double[]> testAccuracy;
    /** The trace columns of {@link #measurements()}. */
    public static final List<String> COLUMNS = List.of("examples", "epoch", "train_loss", "test_accuracy");

    private long measuredRows;
    private Row current;
    private long lastMeasuredEpoch = -1;

    /**
     * @param train        the full training objective, evaluated uncounted (here or by an engine)
     * @param testAccuracy the test accuracy at w (NaN without test examples), here or by an engine
     */
    LearningMonitor(LearningProblem problem, Oracle oracle, Objective train, ToDoubleFunction<double[]> testAccuracy,
                    int evalEvery) {
        this.oracle = oracle;
        this.evalEvery = evalEvery;
        this.n = problem.trainingExamples();
        this.train = train;
        this.testAccuracy = testAccuracy;
    }

    @Override
    public double loss(double[] w) {
        long k = measuredRows++;
        long examples = oracle.examples();
        long epoch = examples / n;
        boolean measure = evalEvery > 0 ? k % evalEvery == 0 : epoch > lastMeasuredEpoch;
        double trainLoss = Double.NaN;
        double accuracy = Double.NaN;
        if (measure) {
            lastMeasuredEpoch = epoch;
            trainLoss = train.value(w);
            accuracy = testAccuracy.applyAsDouble(w);
        }
        current = new Row(examples, (double) examples / n, trainLoss, accuracy);
        if (oracle.stochasticObjective() instanceof MinibatchValue minibatch && k > 0) {
            return minibatch.lastGradientValue();
        }
        return measure ? trainLoss : train.value(w);
    }

    @Override
    public boolean hasError() {
        return false;
    }

    @Override
    public double error(double[] w) {
        throw new UnsupportedOperationException("a learning problem has no known minimizer");
    }

    @Override
    public List<String> measurements() {
        return COLUMNS;
    }

    @Override
    public double measurement(int i) {
        return switch (i) {
            case 0 -> current.examples();
            case 1 -> current.epochs();
            case 2 -> current.trainLoss();
            case 3 -> current.testAccuracy();
            default -> throw new IndexOutOfBoundsException("measurement " + i + " of " + COLUMNS.size());
        };
    }

    /** The measurements of the latest row, or null before the first. */
    public Row current() {
        return current;
    }
}
