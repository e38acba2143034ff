package org.stepplan.planning;

import org.stepplan.core.Labeled;

/** Which weight the experience pairs with each gradient (docs/methods.md §10c.1). */
public enum Pairing implements Labeled {
    /** {@code (w_k, grad f(w_{k-1}))}: the post-update weight with the gradient that produced it (Algorithm 1 literally;
     *  paper semantics). */
    A("A"),
    /** {@code (w_{k-1}, grad f(w_{k-1}))}: each weight with the gradient taken there (the derivation's b_k). */
    B("B");

    private final String label;

    Pairing(String label) {
        this.label = label;
    }

    /** The name used on the command line. */
    @Override
    public String label() {
        return label;
    }
}
