package org.stepplan.run;

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
