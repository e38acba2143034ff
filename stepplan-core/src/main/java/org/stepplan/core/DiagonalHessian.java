package org.stepplan.core;

/**
 * An objective that can evaluate the diagonal of its Hessian, {@code H_ii = d^2 f / dw_i^2}. Implemented by
 * {@link Objective}s and by {@link StochasticObjective}s (then on the current sample, like
 * {@link StochasticObjective#value}). Reached by the methods only through {@link Oracle#diagonalHessian}, which counts
 * each call as one Hessian evaluation.
 *
 * <p>A problem whose objective implements this interface provides {@link Capability#DIAGONAL_HESSIAN}.
 */
public interface DiagonalHessian {

    /** Writes {@code H_ii(w)}, i = 0..d-1, into {@code into} (length d); allocates nothing. */
    void diagonalHessian(double[] w, double[] into);
}
