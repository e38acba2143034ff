package org.stepplan.problems;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepplan.core.Labeled;
import org.stepplan.core.Objective;
import org.stepplan.core.Vectors;
import org.stepplan.run.Monitor;

/**
 * The non-stationary tracking task of Sutton (1992), Experiment 1, as an LMS objective (docs/methods.md §6, §11): d inputs
 * (20), of which the first {@code relevant} (5) have target weights +1 or -1 and the rest 0; every {@code flip_every}
 * (20) examples the sign of one relevant target weight, chosen uniformly, is reversed. The target is noiseless,
 * {@code y* = w*·x}.
 *
 * <pre>
 * construction:  w*_i = +1 or -1 (rng.nextBoolean(): true = +1) for i &lt; relevant, 0 otherwise
 * example n = 0, 1, 2, ... (one per nextSample):
 *     if n &gt; 0 and n % flip_every == 0:  k = rng.nextInt(relevant);  w*_k = -w*_k
 *     x_i ~ N(0, 1) (inputs "normal") or U(0, 1) (inputs "uniform"), i = 0..d-1 in order
 *     y* = sum_i w*_i x_i
 * </pre>
 * So each target holds for exactly {@code flip_every} examples, the first included. All randomness comes from one
 * generator: the oracle's, which also draws the initial signs (see {@link Sutton1992}).
 *
 * <p>Input distribution: N(0, 1) per the [3P] alberta_framework replication (the default), or U(0, 1) as in the [3P]
 * {@code idbd.py} replication; docs/methods.md §6 notes the two disagree and that neither was checked against the paper.
 *
 * <p>Besides being an objective, an instance records the online prediction error: each gradient evaluation, the
 * first on its example, stores {@code delta_n^2 = (y*_n - w·x_n)^2} for the weights w it was evaluated at, which for an
 * LMS method are the weights before that example's update (Sutton's measure). {@link #monitor()} reports their
 * trailing mean over the last {@code window} examples.
 */
public final class SuttonTracking extends LmsObjective {

    /** The input distribution. */
    public enum Inputs implements Labeled {
        NORMAL("normal"), UNIFORM("uniform");

        private final String label;

        Inputs(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        /** The distribution called {@code label}. */
        public static Inputs ofLabel(String label) {
            return Labeled.of(Inputs.class, "inputs", label);
        }

        static List<String> labels() {
            return Labeled.labels(Inputs.class);
        }
    }

    private final int relevant;
    private final int flipEvery;
    private final Inputs inputs;
    private final double[] weights;
    private final double[] window;
    private long examples;
    private boolean recorded = true;
    private int filled;
    private int position;
    private double sum;

    /** The largest trailing window (80 MB of doubles). */
    public static final int MAX_WINDOW = 10_000_000;

    /**
     * @param dimension    d &gt;= 1
     * @param relevant     relevant inputs, 1..d
     * @param flipEvery    examples per target, &gt;= 1
     * @param inputs       the input distribution
     * @param window       examples in the trailing mean of the squared error, 1..{@link #MAX_WINDOW}
     * @param initialSigns draws the initial signs (the oracle's generator, before its first example)
     */
    public SuttonTracking(int dimension, int relevant, int flipEvery, Inputs inputs, int window,
                          RandomGenerator initialSigns) {
        super(dimension);
        Vectors.requireAtLeast("relevant", relevant, 1);
        if (relevant > dimension) {
            throw new IllegalArgumentException("relevant must be <= dimension (" + dimension + "), got " + relevant);
        }
        Vectors.requireAtLeast("flip_every", flipEvery, 1);
        Vectors.requireAtLeast("window", window, 1);
        Vectors.requireAtMost("window", window, MAX_WINDOW);
        this.relevant = relevant;
        this.flipEvery = flipEvery;
        this.inputs = inputs;
        this.weights = new double[dimension];
        for (int i = 0; i < relevant; i++) {
            weights[i] = initialSigns.nextBoolean() ? 1.0 : -1.0;
        }
        this.window = new double[window];
    }

    @Override
    public void nextSample(RandomGenerator rng) {
        if (examples > 0 && examples % flipEvery == 0) {
            int k = rng.nextInt(relevant);
            weights[k] = -weights[k];
        }
        double y = 0.0;
        for (int i = 0; i < x.length; i++) {
            x[i] = inputs == Inputs.NORMAL ? rng.nextGaussian() : rng.nextDouble();
            y += weights[i] * x[i];
        }
        target = y;
        examples++;
        recorded = false;
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        double f = super.valueAndGradient(w, gradient);
        if (!recorded) {
            record(2.0 * f); // delta^2
            recorded = true;
        }
        return f;
    }

    private void record(double squaredError) {
        if (filled == window.length) {
            sum -= window[position];
        } else {
            filled++;
        }
        window[position] = squaredError;
        sum += squaredError;
        position++;
        if (position == window.length) {
            position = 0;
            double exact = 0.0; // once per window: drop the rounding the running sum collected
            for (double e : window) {
                exact += e;
            }
            sum = exact;
        }
    }

    /** The target weights, the window, and examples, recorded, filled, position, sum. */
    @Override
    protected double[] extraState() {
        double[] s = new double[weights.length + window.length + 5];
        System.arraycopy(weights, 0, s, 0, weights.length);
        System.arraycopy(window, 0, s, weights.length, window.length);
        int at = weights.length + window.length;
        s[at] = examples;
        s[at + 1] = recorded ? 1 : 0;
        s[at + 2] = filled;
        s[at + 3] = position;
        s[at + 4] = sum;
        return s;
    }

    @Override
    protected void restoreExtraState(double[] s) {
        System.arraycopy(s, 0, weights, 0, weights.length);
        System.arraycopy(s, weights.length, window, 0, window.length);
        int at = weights.length + window.length;
        examples = (long) s[at];
        recorded = s[at + 1] != 0;
        filled = (int) s[at + 2];
        position = (int) s[at + 3];
        sum = s[at + 4];
    }

    /** Examples drawn so far. */
    public long examples() {
        return examples;
    }

    /** The target weights of the moment (a copy). */
    public double[] currentTarget() {
        return weights.clone();
    }

    /** The trailing mean of the recorded squared errors (NaN before the first). */
    public double meanSquaredError() {
        return filled == 0 ? Double.NaN : sum / filled;
    }

    /**
     * The expected LMS loss under the current target, {@code F(w) = 0.5 E[((w* - w)·x)^2]}: with e = w* - w,
     * {@code 0.5 sum e_i^2} for N(0, 1) inputs and {@code 0.5 (sum e_i^2 / 12 + (sum e_i)^2 / 4)} for U(0, 1) inputs.
     */
    @Override
    public Objective expectation() {
        return new Objective() {
            @Override
            public int dimension() {
                return weights.length;
            }

            @Override
            public double value(double[] w) {
                double squares = 0.0;
                double total = 0.0;
                for (int i = 0; i < weights.length; i++) {
                    double e = weights[i] - w[i];
                    squares += e * e;
                    total += e;
                }
                return inputs == Inputs.NORMAL ? 0.5 * squares : 0.5 * (squares / 12.0 + total * total / 4.0);
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                double total = 0.0;
                for (int i = 0; i < weights.length; i++) {
                    total += weights[i] - w[i];
                }
                for (int i = 0; i < weights.length; i++) {
                    double e = weights[i] - w[i];
                    gradient[i] = inputs == Inputs.NORMAL ? -e : -(e / 12.0 + total / 4.0);
                }
                return value(w);
            }
        };
    }

    /**
     * The monitor of runs on this instance:
     * <ul>
     *   <li>loss: after n &gt;= 1 examples, the mean of {@code delta_m^2} over the last {@code min(n, window)}
     *       examples m (the online squared prediction error, before each update; not halved); before the first
     *       example (trace row 0), the expected squared prediction error of w under the initial target, 2 F(w);</li>
     *   <li>error: {@code ||w - w*||_2} to the target of the moment (that of the last example drawn).</li>
     * </ul>
     */
    public Monitor monitor() {
        Objective expected = expectation();
        return new Monitor() {
            @Override
            public double loss(double[] w) {
                return examples == 0 ? 2.0 * expected.value(w) : meanSquaredError();
            }

            @Override
            public boolean hasError() {
                return true;
            }

            @Override
            public double error(double[] w) {
                return Vectors.distance(w, weights);
            }
        };
    }
}
