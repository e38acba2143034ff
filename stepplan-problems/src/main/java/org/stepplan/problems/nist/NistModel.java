package org.stepplan.problems.nist;

/**
 * The model functions y = f(x; b) of the NIST StRD nonlinear regression problems in this suite, each with its
 * gradient in b. Parameters b are 0-based here (b[0] is NIST's b1).
 */
public enum NistModel {

    /** MGH17 (Osborne 1): {@code y = b1 + b2 exp(-x b4) + b3 exp(-x b5)}. */
    MGH17(5) {
        @Override
        double value(double x, double[] b) {
            return b[0] + b[1] * Math.exp(-x * b[3]) + b[2] * Math.exp(-x * b[4]);
        }

        @Override
        void gradient(double x, double[] b, double[] into) {
            double e4 = Math.exp(-x * b[3]);
            double e5 = Math.exp(-x * b[4]);
            into[0] = 1.0;
            into[1] = e4;
            into[2] = e5;
            into[3] = -x * b[1] * e4;
            into[4] = -x * b[2] * e5;
        }
    },

    /** Lanczos: {@code y = b1 exp(-b2 x) + b3 exp(-b4 x) + b5 exp(-b6 x)}. */
    LANCZOS(6) {
        @Override
        double value(double x, double[] b) {
            return b[0] * Math.exp(-b[1] * x) + b[2] * Math.exp(-b[3] * x) + b[4] * Math.exp(-b[5] * x);
        }

        @Override
        void gradient(double x, double[] b, double[] into) {
            for (int k = 0; k < 6; k += 2) {
                double e = Math.exp(-b[k + 1] * x);
                into[k] = e;
                into[k + 1] = -x * b[k] * e;
            }
        }
    },

    /** Hahn1, rational cubic/cubic: {@code y = (b1 + b2 x + b3 x^2 + b4 x^3) / (1 + b5 x + b6 x^2 + b7 x^3)}. */
    CUBIC_OVER_CUBIC(7) {
        @Override
        double value(double x, double[] b) {
            return rational(x, b, 4);
        }

        @Override
        void gradient(double x, double[] b, double[] into) {
            rationalGradient(x, b, 4, into);
        }
    },

    /** Kirby2, rational quadratic/quadratic: {@code y = (b1 + b2 x + b3 x^2) / (1 + b4 x + b5 x^2)}. */
    QUADRATIC_OVER_QUADRATIC(5) {
        @Override
        double value(double x, double[] b) {
            return rational(x, b, 3);
        }

        @Override
        void gradient(double x, double[] b, double[] into) {
            rationalGradient(x, b, 3, into);
        }
    };

    private final int parameters;

    NistModel(int parameters) {
        this.parameters = parameters;
    }

    /** The number of parameters. */
    public int parameters() {
        return parameters;
    }

    /** f(x; b). */
    abstract double value(double x, double[] b);

    /** Writes {@code d f(x; b) / d b} into {@code into}. */
    abstract void gradient(double x, double[] b, double[] into);

    /**
     * {@code p(x) / q(x)}, {@code p = b_0 + b_1 x + ... + b_{k-1} x^(k-1)} (the first k parameters),
     * {@code q = 1 + b_k x + b_{k+1} x^2 + ...} (the rest).
     */
    private static double rational(double x, double[] b, int k) {
        return numerator(x, b, k) / denominator(x, b, k);
    }

    /** {@code d(p/q)/d b_j = x^j / q} for the numerator, {@code -(p/q) x^(j-k+1) / q} for the denominator. */
    private static void rationalGradient(double x, double[] b, int k, double[] into) {
        double q = denominator(x, b, k);
        double ratio = numerator(x, b, k) / q;
        double power = 1.0;
        for (int j = 0; j < k; j++) {
            into[j] = power / q;
            power *= x;
        }
        power = x;
        for (int j = k; j < b.length; j++) {
            into[j] = -ratio * power / q;
            power *= x;
        }
    }

    private static double numerator(double x, double[] b, int k) {
        double p = 0.0;
        for (int j = k - 1; j >= 0; j--) {
            p = p * x + b[j];
        }
        return p;
    }

    private static double denominator(double x, double[] b, int k) {
        double q = 0.0;
        for (int j = b.length - 1; j >= k; j--) {
            q = q * x + b[j];
        }
        return 1.0 + q * x;
    }
}
