package org.stepplan.problems.nist;

import org.stepplan.problems.LeastSquares;

/**
 * The residual sum of squares of a NIST StRD regression, {@code f(b) = sum_i (y_i - model(x_i; b))^2} (no factor
 * 1/2: f at the certified b* is NIST's certified residual sum of squares), with the gradient
 * {@code -2 sum_i r_i grad_b model(x_i; b)}.
 */
public final class NistObjective extends LeastSquares {

    private final NistModel model;
    private final double[] x;
    private final double[] y;

    public NistObjective(NistModel model, NistDataset data) {
        super(model.parameters(), data.x().length);
        this.model = model;
        this.x = data.x().clone();
        this.y = data.y().clone();
    }

    @Override
    protected void residuals(double[] b, double[] r) {
        for (int i = 0; i < x.length; i++) {
            r[i] = y[i] - model.value(x[i], b);
        }
    }

    @Override
    protected void jacobian(double[] b, double[][] jac) {
        for (int i = 0; i < x.length; i++) {
            double[] row = jac[i];
            model.gradient(x[i], b, row);
            for (int j = 0; j < row.length; j++) {
                row[j] = -row[j];
            }
        }
    }
}
