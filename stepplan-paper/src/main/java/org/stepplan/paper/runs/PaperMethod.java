package org.stepplan.paper.runs;

import java.math.BigDecimal;

/**
 * A method of the paper's runs with its hyper-parameters as typed values (docs/methods.md). Each record is named for
 * its registry entry and its components for the entry's parameters; {@link RunRequest#spec()} is the one place where
 * a declaration becomes an entry of the method registry.
 */
public sealed interface PaperMethod {

    /** Gradient descent with step {@code gamma} (§1). */
    record Gd(double gamma) implements PaperMethod {
    }

    /** Nesterov's accelerated gradient: constant momentum from L ({@code lipschitz}) and {@code mu}, step 1/L (§5b). */
    record Nesterov(double lipschitz, double mu) implements PaperMethod {
    }

    /** Heavy ball with step {@code a} and momentum {@code p} (§5a). */
    record HeavyBall(double a, double p) implements PaperMethod {
    }

    /** Csawg: single-step planning with online step {@code gamma} and horizon K (§10). */
    record Csawg(double gamma, int horizon) implements PaperMethod {
    }

    /** Csaug: repeated planning with horizon K, P projections of M corrections each (§10). */
    record Csaug(double gamma, int horizon, int projections, int corrections) implements PaperMethod {
    }

    /** RMSprop (PyTorch semantics) with learning rate {@code lr} and smoothing constant {@code alpha} (§4). */
    record Rmsprop(double lr, double alpha) implements PaperMethod {
    }

    /** Adam (PyTorch semantics) with learning rate {@code lr} and moment decays {@code beta1}, {@code beta2} (§4). */
    record Adam(double lr, double beta1, double beta2) implements PaperMethod {
    }

    /**
     * A value as the paper and {@code stepplan run --param} write it: the shortest digits that read back as the same
     * double, in plain notation ({@code 0.0009}, {@code 1000}).
     */
    static String text(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
