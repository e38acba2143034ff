package org.stepplan.paper.report;

import java.util.List;

/** Where the paper is ambiguous: the reading we use and why (docs/methods.md §10c'). Shown in both reports. */
final class Readings {

    /** One ambiguity and the reading taken. */
    record Reading(String topic, String text) {
    }

    static final List<Reading> ALL = List.of(
            new Reading("Error", "The paper plots an undefined \"error\". We use ||w − w*||₂, and \"zero error\" "
                    + "means exactly 0.0 in IEEE double (w = w* bit for bit): the one reading under which the "
                    + "Figure 5 speed-ups and the Figure 7 counts come out as published (methods.md §10c')."),
            new Reading("Csawg / Csaug semantics", "Each plan projects with a fresh gradient at the current w and "
                    + "each correction uses a fresh gradient (footnotes 4 and 5 count them); the buffers pair w_k "
                    + "with the gradient at w_{k−1}, as Algorithm 1 is written; the first plan is at k = 2K, then "
                    + "every K; a plan costs P(1+M) gradient evaluations. Stale-gradient readings diverge on "
                    + "Rosenbrock (methods.md §10c, §10c')."),
            new Reading("Iteration numbers", "The Figure 7 counts (\"iteration 17 with 458\", \"79 with 465\") "
                    + "match when the paper's iteration n is our k = n + 1 (0-based). \"The first time planning is "
                    + "applied is at iteration 200\" is read as 200 completed iterations (two buffers of 100)."),
            new Reading("Problems", "Quadratic Q = diag(1000, 1), w* = (1, 1), start (−1, 2); Rosenbrock "
                    + "(w1−1)² + 100(w2−w1²)² from (−1, 0) — the paper's start, not the usual (−1.2, 1) — with the "
                    + "gradient in factored form (methods.md §10c')."),
            new Reading("Component order on the quadratic", "The paper's \"component one\" (hard to learn, step "
                    + "size peaking at exactly 1 where g = w − w*) is the component of curvature 1, which is the "
                    + "second component of Q = diag(1000, 1) as the paper states it. Figure 4a therefore shows our "
                    + "α(2)."),
            new Reading("Step sizes past zero error", "Our runs stop when the error is exactly 0 unless told to "
                    + "go on. The paper's Figure 4 continues: its α peaks at 1 in the plan right after w = w* and "
                    + "then drops to 0. Figure 4 and its claims use runs declared to go on for three more plans "
                    + "(`stepplan run --continue-past-zero=N` with N = 3K iterations), which are the stopped runs "
                    + "bit for bit up to zero error (a test checks it)."),
            new Reading("Heavy ball on the quadratic", "The paper does not give its Figure 3a heavy-ball settings; "
                    + "we use the classical optimal a = 4/(√L+√μ)², p = ((√L−√μ)/(√L+√μ))² (methods.md §5a)."),
            new Reading("Nesterov", "Constant momentum (√L−√μ)/(√L+√μ) with step 1/L, L = 1000, μ = 1 (methods.md "
                    + "§5b)."),
            new Reading("RMSprop and Adam", "PyTorch semantics (methods.md §4): the paper's RMSprop β is PyTorch's "
                    + "alpha; eps = 1e-8 as in PyTorch; Adam with bias correction, not the paper's Section 2.5 "
                    + "formula."),
            new Reading("Figure 5 speed-ups", "Ratio of GD's error to Csawg's at the last trace row within 10,000 "
                    + "gradient evaluations (a Csawg planning iteration costs 2, so Csawg's row may be at 9,999)."),
            new Reading("Figure 6", "The paper does not name the K of its Csawg trace; we draw K2 (γ = 0.001), the "
                    + "K its text discusses."),
            new Reading("Figure 9", "Drawn against gradient evaluations (the paper's text speaks of iterations; "
                    + "the two are equal for GD, heavy ball, RMSprop and Adam, and evaluations are the fair axis for "
                    + "planning). The paper's colours are kept per family."),
            new Reading("Nelder-Mead", "The paper's \"10^-10 error after 185 function evaluations\" is a literature "
                    + "figure without a stated start or criterion; we measure from the paper's start (−1, 0) with "
                    + "commons-math3 (initial simplex side 1) and count until f(w) − f* ≤ 1e-10, the convention of "
                    + "such benchmarks, and also report ||w − w*|| ≤ 1e-10."));

    private Readings() {
    }
}
