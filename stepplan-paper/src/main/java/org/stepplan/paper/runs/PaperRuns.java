package org.stepplan.paper.runs;

import java.util.ArrayList;
import java.util.List;
import org.stepplan.run.StoppingRules;

/**
 * Every run of the paper's experiments (docs/methods.md §10d), as {@code stepplan run} performs it. Each run is at most
 * 20,000 iterations and stops early at exactly zero error or at the first non-finite value.
 */
public final class PaperRuns {

    /** Iterations of every run (the paper's Figure 5 caption: "the first 20,000 iterations"). */
    public static final long ITERATIONS = 20_000;
    /** The quadratic's L (largest eigenvalue of Q). */
    public static final double L = 1000;
    /** The quadratic's mu (smallest eigenvalue of Q). */
    public static final double MU = 1;

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
    public static final List<String> GD_GRID = List.of("0.0005", "0.001", "0.0015", "0.002");
    /** Csawg's online step sizes on Rosenbrock. */
    public static final List<String> CSAWG_GAMMAS = List.of("0.001", "0.0015");
    /** Heavy ball's momenta in Figure 9 (step 0.0015). */
    public static final List<String> HEAVY_BALL_P = List.of("0.8", "0.9");
    /** RMSprop's learning rates in Figure 9. */
    public static final List<String> RMSPROP_LR = List.of("0.0005", "0.001", "0.0015", "0.01");
    /** RMSprop's smoothing constants (the paper's beta, PyTorch's alpha). */
    public static final List<String> RMSPROP_ALPHA = List.of("0.8", "0.9", "0.99");
    /** Adam's learning rates in Figure 9. */
    public static final List<String> ADAM_LR = List.of("0.005", "0.01");
    /** Adam's beta1 values. */
    public static final List<String> ADAM_BETA1 = List.of("0.9", "0.99", "0.999");
    /** Adam's beta2 values. */
    public static final List<String> ADAM_BETA2 = List.of("0.99", "0.999", "0.9999");

    private PaperRuns() {
    }

    // ---- the quadratic (Section 3, Figures 3 and 4)

    /** GD with step 0.00099 on the quadratic. */
    public static RunRequest quadraticGd() {
        return RunRequest.of("GD γ=0.00099", QUADRATIC, RULES, "gd", "gamma", "0.00099");
    }

    /** Nesterov with constant momentum from mu and L on the quadratic. */
    public static RunRequest quadraticNesterov() {
        return RunRequest.of("Nesterov (L=1000, μ=1)", QUADRATIC, RULES, "nesterov", "L", "1000", "mu", "1");
    }

    /**
     * Heavy ball on the quadratic with the classical optimal constants (docs/methods.md §5a): a = 4/(√L+√μ)²,
     * p = ((√L−√μ)/(√L+√μ))². The paper does not give its heavy-ball settings for Figure 3a.
     */
    public static RunRequest quadraticHeavyBall() {
        double a = 4 / Math.pow(Math.sqrt(L) + Math.sqrt(MU), 2);
        double p = Math.pow((Math.sqrt(L) - Math.sqrt(MU)) / (Math.sqrt(L) + Math.sqrt(MU)), 2);
        return RunRequest.of("heavy ball (optimal a, p)", QUADRATIC, RULES, "heavy-ball", "a", Double.toString(a),
                "p", Double.toString(p));
    }

    /** Csawg with online step 0.0009 and horizon K on the quadratic. */
    public static RunRequest quadraticCsawg(int k) {
        return RunRequest.of("Csawg K" + k + " γ=0.0009", QUADRATIC, RULES, "csawg", "gamma", "0.0009", "K",
                Integer.toString(k));
    }

    /** Every run of Figure 3a. */
    public static List<RunRequest> figure3a() {
        List<RunRequest> runs = new ArrayList<>(List.of(quadraticGd(), quadraticNesterov(), quadraticHeavyBall()));
        QUADRATIC_KS.forEach(k -> runs.add(quadraticCsawg(k)));
        return runs;
    }

    // ---- Rosenbrock (Sections 3 and 4, Figures 5 to 9)

    /** GD with step {@code gamma} on Rosenbrock. */
    public static RunRequest gd(String gamma) {
        return RunRequest.of("GD γ=" + gamma, ROSENBROCK, RULES, "gd", "gamma", gamma);
    }

    /** Csawg (single-step planning) on Rosenbrock. */
    public static RunRequest csawg(String gamma, int k) {
        return RunRequest.of("Csawg K" + k + " γ=" + gamma, ROSENBROCK, RULES, "csawg", "gamma", gamma, "K",
                Integer.toString(k));
    }

    /** Csaug (repeated planning, P = 5, M = 10, gamma = 0.001) on Rosenbrock. */
    public static RunRequest csaug(int k) {
        return RunRequest.of("Csaug K" + k + " P5 M10", ROSENBROCK, RULES, "csaug", "gamma", "0.001", "K",
                Integer.toString(k), "P", "5", "M", "10");
    }

    /** Heavy ball with step 0.0015 and momentum {@code p} on Rosenbrock. */
    public static RunRequest heavyBall(String p) {
        return RunRequest.of("heavy ball a=0.0015 p=" + p, ROSENBROCK, RULES, "heavy-ball", "a", "0.0015", "p", p);
    }

    /** RMSprop on Rosenbrock. */
    public static RunRequest rmsprop(String lr, String alpha) {
        return RunRequest.of("RMSprop lr=" + lr + " α=" + alpha, ROSENBROCK, RULES, "rmsprop", "lr", lr, "alpha",
                alpha);
    }

    /** Adam on Rosenbrock. */
    public static RunRequest adam(String lr, String beta1, String beta2) {
        return RunRequest.of("Adam lr=" + lr + " β1=" + beta1 + " β2=" + beta2, ROSENBROCK, RULES, "adam", "lr", lr,
                "beta1", beta1, "beta2", beta2);
    }

    /** The GD grid of Figure 5a. */
    public static List<RunRequest> gdGrid() {
        return GD_GRID.stream().map(PaperRuns::gd).toList();
    }

    /** The Csawg runs of Figure 5a, gamma-major. */
    public static List<RunRequest> csawgGrid() {
        List<RunRequest> runs = new ArrayList<>();
        for (String gamma : CSAWG_GAMMAS) {
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
        for (String lr : RMSPROP_LR) {
            RMSPROP_ALPHA.forEach(a -> runs.add(rmsprop(lr, a)));
        }
        return runs;
    }

    /** The Adam grid of Figure 9. */
    public static List<RunRequest> adamGrid() {
        List<RunRequest> runs = new ArrayList<>();
        for (String lr : ADAM_LR) {
            for (String b1 : ADAM_BETA1) {
                ADAM_BETA2.forEach(b2 -> runs.add(adam(lr, b1, b2)));
            }
        }
        return runs;
    }
}
