package org.stepplan.paper.runs;

import static org.stepplan.paper.runs.PaperMethod.text;

import java.util.ArrayList;
import java.util.List;
import org.stepplan.paper.runs.PaperMethod.Adam;
import org.stepplan.paper.runs.PaperMethod.Csaug;
import org.stepplan.paper.runs.PaperMethod.Csawg;
import org.stepplan.paper.runs.PaperMethod.Gd;
import org.stepplan.paper.runs.PaperMethod.HeavyBall;
import org.stepplan.paper.runs.PaperMethod.Nesterov;
import org.stepplan.paper.runs.PaperMethod.Rmsprop;
import org.stepplan.run.StoppingRules;

/**
 * Every run of the paper's experiments (docs/methods.md §10d), as {@code stepplan run} performs it. Each run is at most
 * {@link #ITERATIONS} iterations and stops early at exactly zero error (the runs of Figure 4 past zero error three plans
 * later) or at the first non-finite value.
 */
public final class PaperRuns {

    /** Iterations of every run (the paper's Figure 5 caption: "the first 20,000 iterations"). */
    public static final long ITERATIONS = 20_000;
    /** The quadratic's L (largest eigenvalue of Q). */
    public static final double L = 1000;
    /** The quadratic's mu (smallest eigenvalue of Q). */
    public static final double MU = 1;
    /** Plans the runs of Figure 4 go on past zero error (the paper's runs did not stop there). */
    public static final int PAST_ZERO_PLANS = 3;
    /** Figure 6 shows every 20th iteration (the paper's caption); its claim measures the same dots. */
    public static final int TRACE_EVERY = 20;

    public static final String QUADRATIC = "quadratic-paper";
    public static final String ROSENBROCK = "rosenbrock";
    private static final StoppingRules RULES = StoppingRules.iterations(ITERATIONS);

    /** Csawg's horizons on the quadratic (Figures 3, 4). */
    public static final List<Integer> QUADRATIC_KS = List.of(2, 10, 100, 1000);
    /** Csawg's horizons on Rosenbrock (Figure 5). */
    public static final List<Integer> ROSENBROCK_KS = List.of(2, 5, 10);
    /** Csaug's horizons (Figures 7, 8). */
    public static final List<Integer> CSAUG_KS = List.of(2, 10, 100);
    /** The GD step sizes of Figure 5a. */
    public static final List<Double> GD_GRID = List.of(0.0005, 0.001, 0.0015, 0.002);
    /** Csawg's online step sizes on Rosenbrock. */
    public static final List<Double> CSAWG_GAMMAS = List.of(0.001, 0.0015);
    /** Heavy ball's momenta in Figure 9 (step 0.0015). */
    public static final List<Double> HEAVY_BALL_P = List.of(0.8, 0.9);
    /** RMSprop's learning rates in Figure 9. */
    public static final List<Double> RMSPROP_LR = List.of(0.0005, 0.001, 0.0015, 0.01);
    /** RMSprop's smoothing constants (the paper's beta, PyTorch's alpha). */
    public static final List<Double> RMSPROP_ALPHA = List.of(0.8, 0.9, 0.99);
    /** Adam's learning rates in Figure 9. */
    public static final List<Double> ADAM_LR = List.of(0.005, 0.01);
    /** Adam's beta1 values. */
    public static final List<Double> ADAM_BETA1 = List.of(0.9, 0.99, 0.999);
    /** Adam's beta2 values. */
    public static final List<Double> ADAM_BETA2 = List.of(0.99, 0.999, 0.9999);

    private PaperRuns() {
    }

    // ---- the quadratic (Section 3, Figures 3 and 4)

    /** GD with step 0.00099 on the quadratic. */
    public static RunRequest quadraticGd() {
        Gd gd = new Gd(0.00099);
        return new RunRequest("GD γ=" + text(gd.gamma()), QUADRATIC, gd, RULES);
    }

    /** Nesterov with constant momentum from mu and L on the quadratic. */
    public static RunRequest quadraticNesterov() {
        return new RunRequest("Nesterov (L=" + text(L) + ", μ=" + text(MU) + ")", QUADRATIC, new Nesterov(L, MU),
                RULES);
    }

    /**
     * Heavy ball on the quadratic with the classical optimal constants (docs/methods.md §5a): a = 4/(√L+√μ)²,
     * p = ((√L−√μ)/(√L+√μ))². The paper does not give its heavy-ball settings for Figure 3a.
     */
    public static RunRequest quadraticHeavyBall() {
        double a = 4 / Math.pow(Math.sqrt(L) + Math.sqrt(MU), 2);
        double p = Math.pow((Math.sqrt(L) - Math.sqrt(MU)) / (Math.sqrt(L) + Math.sqrt(MU)), 2);
        return new RunRequest("heavy ball (optimal a, p)", QUADRATIC, new HeavyBall(a, p), RULES);
    }

    /** Csawg with online step 0.0009 and horizon K on the quadratic. */
    public static RunRequest quadraticCsawg(int k) {
        return quadraticCsawg(k, "", RULES);
    }

    /**
     * Csawg K{@code k} on the quadratic going on {@link #PAST_ZERO_PLANS} plans ({@code PAST_ZERO_PLANS * k}
     * iterations) past the iteration where its error became exactly 0, then stopping: {@code stepplan run
     * --continue-past-zero=N}. Up to zero error it is the run {@link #quadraticCsawg} stops, row for row.
     */
    public static RunRequest quadraticCsawgPastZero(int k) {
        return quadraticCsawg(k, ", past zero error", RULES.continuingPastZeroError((long) PAST_ZERO_PLANS * k));
    }

    private static RunRequest quadraticCsawg(int k, String suffix, StoppingRules rules) {
        Csawg csawg = new Csawg(0.0009, k);
        return new RunRequest("Csawg K" + k + " γ=" + text(csawg.gamma()) + suffix, QUADRATIC, csawg, rules);
    }

    /** Every run of Figure 3a. */
    public static List<RunRequest> figure3a() {
        List<RunRequest> runs = new ArrayList<>(List.of(quadraticGd(), quadraticNesterov(), quadraticHeavyBall()));
        QUADRATIC_KS.forEach(k -> runs.add(quadraticCsawg(k)));
        return runs;
    }

    // ---- Rosenbrock (Sections 3 and 4, Figures 5 to 9)

    /** GD with step {@code gamma} on Rosenbrock. */
    public static RunRequest gd(double gamma) {
        return new RunRequest("GD γ=" + text(gamma), ROSENBROCK, new Gd(gamma), RULES);
    }

    /** Csawg (single-step planning) on Rosenbrock. */
    public static RunRequest csawg(double gamma, int k) {
        return new RunRequest("Csawg K" + k + " γ=" + text(gamma), ROSENBROCK, new Csawg(gamma, k), RULES);
    }

    /** Csaug (repeated planning, P = 5, M = 10, gamma = 0.001) on Rosenbrock. */
    public static RunRequest csaug(int k) {
        Csaug csaug = new Csaug(0.001, k, 5, 10);
        return new RunRequest("Csaug K" + k + " P" + csaug.projections() + " M" + csaug.corrections(), ROSENBROCK, csaug, RULES);
    }

    /** Heavy ball with step 0.0015 and momentum {@code p} on Rosenbrock. */
    public static RunRequest heavyBall(double p) {
        HeavyBall hb = new HeavyBall(0.0015, p);
        return new RunRequest("heavy ball a=" + text(hb.a()) + " p=" + text(p), ROSENBROCK, hb, RULES);
    }

    /** RMSprop on Rosenbrock. */
    public static RunRequest rmsprop(double lr, double alpha) {
        return new RunRequest("RMSprop lr=" + text(lr) + " α=" + text(alpha), ROSENBROCK, new Rmsprop(lr, alpha),
                RULES);
    }

    /** Adam on Rosenbrock. */
    public static RunRequest adam(double lr, double beta1, double beta2) {
        return new RunRequest("Adam lr=" + text(lr) + " β1=" + text(beta1) + " β2=" + text(beta2), ROSENBROCK,
                new Adam(lr, beta1, beta2), RULES);
    }

    /** The GD grid of Figure 5a. */
    public static List<RunRequest> gdGrid() {
        return GD_GRID.stream().map(PaperRuns::gd).toList();
    }

    /** The Csawg runs of Figure 5a, gamma-major. */
    public static List<RunRequest> csawgGrid() {
        List<RunRequest> runs = new ArrayList<>();
        for (double gamma : CSAWG_GAMMAS) {
            ROSENBROCK_KS.forEach(k -> runs.add(csawg(gamma, k)));
        }
        return runs;
    }

    /** The Csaug runs of Figures 7 and 8. */
    public static List<RunRequest> csaugRuns() {
        return CSAUG_KS.stream().map(PaperRuns::csaug).toList();
    }

    /** The heavy-ball runs of Figure 9. */
    public static List<RunRequest> heavyBallGrid() {
        return HEAVY_BALL_P.stream().map(PaperRuns::heavyBall).toList();
    }

    /** The RMSprop grid of Figure 9. */
    public static List<RunRequest> rmspropGrid() {
        List<RunRequest> runs = new ArrayList<>();
        for (double lr : RMSPROP_LR) {
            RMSPROP_ALPHA.forEach(a -> runs.add(rmsprop(lr, a)));
        }
        return runs;
    }

    /** The Adam grid of Figure 9. */
    public static List<RunRequest> adamGrid() {
        List<RunRequest> runs = new ArrayList<>();
        for (double lr : ADAM_LR) {
            for (double b1 : ADAM_BETA1) {
                ADAM_BETA2.forEach(b2 -> runs.add(adam(lr, b1, b2)));
            }
        }
        return runs;
    }
}
