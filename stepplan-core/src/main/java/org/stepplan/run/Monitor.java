package org.stepplan.run;

import java.util.List;
import org.stepplan.core.Objective;
import org.stepplan.core.Vectors;

/**
 * How a run measures its progress at each trace row: the loss, and the error to the known minimizer. Measurements are
 * the observer's, not the method's: they are never counted as evaluations.
 */
public interface Monitor {

    /** The loss to report at {@code w}. */
    double loss(double[] w);

    /** True when the monitor knows a minimizer, so that {@link #error} is defined. */
    boolean hasError();

    /** The error at {@code w}, {@code ||w - w*||_2} by default; only called when {@link #hasError()}. */
    double error(double[] w);

    /**
     * The names of the measurements this monitor makes at each row beside loss and error (trace columns such as
     * {@code examples}, {@code train_loss}); none by default. Like loss and error, they are never counted.
     */
    default List<String> measurements() {
        return List.of();
    }

    /**
     * Measurement {@code i} of {@link #measurements()} at the row last measured by {@link #loss}, NaN where it was not
     * measured at that row.
     */
    default double measurement(int i) {
        throw new IndexOutOfBoundsException("this monitor makes no extra measurements, asked for " + i);
    }

    /**
     * The loss of {@code objective} and, when {@code optimum} is not null, {@code ||w - optimum||_2}.
     *
     * @throws IllegalArgumentException when {@code optimum} is not of the objective's dimension
     */
    static Monitor of(Objective objective, double[] optimum) {
        if (optimum != null && optimum.length != objective.dimension()) {
            throw new IllegalArgumentException("optimum has length " + optimum.length + " but the objective has "
                    + "dimension " + objective.dimension());
        }
        double[] wStar = optimum == null ? null : optimum.clone();
        return new Monitor() {
            @Override
            public double loss(double[] w) {
                return objective.value(w);
            }

            @Override
            public boolean hasError() {
                return wStar != null;
            }

            @Override
            public double error(double[] w) {
                return Vectors.distance(w, wStar);
            }
        };
    }
}
