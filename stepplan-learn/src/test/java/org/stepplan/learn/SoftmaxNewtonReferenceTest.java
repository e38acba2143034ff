package org.stepplan.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Oracle;
import org.stepplan.learn.data.DataDirectory;
import org.stepplan.learn.data.Dataset;
import org.stepplan.learn.data.KnownDataset;
import org.stepplan.methods.Methods;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;

/**
 * Acceptance: {@code softmax} on {@code digits}, {@code test_fraction=0 l2=0.001 batch=all}, run by Nesterov's method,
 * reaches the optimum computed here by Newton's method on the same loss written separately (its own loss, gradient
 * and Hessian from the documented parameter layout, commons-math3's Cholesky), none of the library's gradient code.
 * Newton starts from Nesterov's result (three steps; from zero it needs seven to reach the same point, which costs
 * too much for a unit test) and must barely move it; its optimum's value is checked against NumPy's.
 *
 * <p>The biases are not penalized and adding a constant to every bias changes nothing, so the minimizer is unique up
 * to that shift: W* is unique and the biases are compared centred. Newton solves {@code (H + u u^T) s = g} with u the
 * unit vector along the shift (the gradient has no component along u, so this is Newton's step on the quotient).
 * The Newton optimum's value also agrees with an independent NumPy computation, 0.2618645472171726.
 */
class SoftmaxNewtonReferenceTest {

    private static final int C = 10;
    private static final double L2 = 0.001;

    @Test
    void nesterovReachesTheNewtonOptimum() {
        Dataset data = KnownDataset.DIGITS.read(DataDirectory.resolve()).train();
        Problem p = Problems.create("softmax", Map.of("dataset", "digits", "test_fraction", "0", "l2", "0.001",
                "batch", "all"));
        Oracle oracle = p.oracle(0);
        // L = 2 bounds the Hessian's largest eigenvalue on this run (1.14 at the zero start, 0.47 at the optimum);
        // mu = 1.7e-4 is its smallest non-zero eigenvalue at the optimum
        Result r = Minimizer.minimize(oracle, Methods.configure("nesterov", Map.of("lipschitz", "2", "mu", "1.7e-4")),
                p.start(), p.monitor(oracle), new StoppingRules(2500, Long.MAX_VALUE, Double.NaN, Double.NaN, true));
        assertThat(r.status()).isEqualTo(Status.MAX_ITERATIONS);
        double[] wStar = newton(data, r.w(), 3);
        double fStar = loss(data, wStar);
        assertThat(fStar).isCloseTo(0.2618645472171726, within(1e-14));
        assertThat(r.loss()).isCloseTo(fStar, within(1e-15));
        double[] w = r.w();
        int d = data.features();
        for (int k = 0; k < C * d; k++) {
            assertThat(w[k]).as("W component %d", k).isCloseTo(wStar[k], within(1e-7));
        }
        double shift = 0.0;
        for (int c = 0; c < C; c++) {
            shift += (w[C * d + c] - wStar[C * d + c]) / C;
        }
        for (int c = 0; c < C; c++) {
            assertThat(w[C * d + c] - shift).as("centred bias %d", c).isCloseTo(wStar[C * d + c], within(1e-7));
        }
    }

    /** The mean cross-entropy plus (l2/2)|W|^2, written from the documented layout. */
    private static double loss(Dataset data, double[] w) {
        int n = data.examples();
        int d = data.features();
        double total = 0.0;
        double[] p = new double[C];
        for (int i = 0; i < n; i++) {
            total += probabilities(data, w, i, p);
        }
        double squares = 0.0;
        for (int k = 0; k < C * d; k++) {
            squares += w[k] * w[k];
        }
        return total / n + 0.5 * L2 * squares;
    }

    /** Fills the class probabilities of example i and returns its cross-entropy. */
    private static double probabilities(Dataset data, double[] w, int i, double[] p) {
        int d = data.features();
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < C; c++) {
            double z = w[C * d + c];
            for (int j = 0; j < d; j++) {
                z += w[c * d + j] * data.feature(i, j);
            }
            p[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0.0;
        for (int c = 0; c < C; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        double zy = Math.log(p[data.label(i)] / sum);
        for (int c = 0; c < C; c++) {
            p[c] /= sum;
        }
        return -zy;
    }

    /** {@code iterations} Newton steps from {@code from}. */
    private static double[] newton(Dataset data, double[] from, int iterations) {
        int n = data.examples();
        int d = data.features();
        int e = d + 1; // extended features: x and 1
        int dim = C * e;
        double[] w = from.clone();
        double[] p = new double[C];
        double[] xt = new double[e];
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[] g = new double[dim];
            double[][] h = new double[dim][dim];
            for (int i = 0; i < n; i++) {
                probabilities(data, w, i, p);
                for (int j = 0; j < d; j++) {
                    xt[j] = data.feature(i, j);
                }
                xt[d] = 1.0;
                for (int c = 0; c < C; c++) {
                    double r = p[c] - (data.label(i) == c ? 1.0 : 0.0);
                    for (int j = 0; j < e; j++) {
                        g[index(c, j, d)] += r * xt[j] / n;
                    }
                    for (int c2 = c; c2 < C; c2++) {
                        double s = p[c] * ((c == c2 ? 1.0 : 0.0) - p[c2]) / n;
                        for (int j = 0; j < e; j++) {
                            double sx = s * xt[j];
                            int row = index(c, j, d);
                            for (int j2 = 0; j2 < e; j2++) {
                                int col = index(c2, j2, d);
                                h[row][col] += sx * xt[j2];
                                if (c2 != c) {
                                    h[col][row] += sx * xt[j2];
                                }
                            }
                        }
                    }
                }
            }
            for (int k = 0; k < C * d; k++) {
                g[k] += L2 * w[k];
                h[k][k] += L2;
            }
            for (int c = 0; c < C; c++) { // + u u^T along the bias shift
                for (int c2 = 0; c2 < C; c2++) {
                    h[C * d + c][C * d + c2] += 1.0 / C;
                }
            }
            double[] step = new CholeskyDecomposition(new Array2DRowRealMatrix(h, false)).getSolver()
                    .solve(new ArrayRealVector(g, false)).toArray();
            for (int k = 0; k < dim; k++) {
                w[k] -= step[k];
            }
        }
        return w;
    }

    /** The documented layout: W[c][j] at c * d + j, the bias of class c at C * d + c (j = d is the bias). */
    private static int index(int c, int j, int d) {
        return j == d ? C * d + c : c * d + j;
    }
}
