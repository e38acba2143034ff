package org.stepplan.experiment.compare;

import java.util.Arrays;
import org.stepplan.run.Iteration;
import org.stepplan.run.RunListener;

/**
 * Records a learning run's measured training loss against epochs (the monitor's {@code epoch} and {@code train_loss}
 * measurements, at the rows where the training loss was measured); records nothing on other problems.
 */
final class TrainingCurve implements RunListener {

    private double[] epochs = new double[16];
    private double[] losses = new double[16];
    private int size;

    @Override
    public void onIteration(Iteration it) {
        int epoch = it.measurements().indexOf("epoch");
        int loss = it.measurements().indexOf("train_loss");
        if (epoch < 0 || loss < 0 || !Double.isFinite(it.measurement(loss))) {
            return;
        }
        if (size == epochs.length) {
            epochs = Arrays.copyOf(epochs, 2 * size);
            losses = Arrays.copyOf(losses, 2 * size);
        }
        epochs[size] = it.measurement(epoch);
        losses[size] = it.measurement(loss);
        size++;
    }

    /** The epochs of the measured rows. */
    double[] epochs() {
        return Arrays.copyOf(epochs, size);
    }

    /** The training loss at those rows. */
    double[] losses() {
        return Arrays.copyOf(losses, size);
    }
}
