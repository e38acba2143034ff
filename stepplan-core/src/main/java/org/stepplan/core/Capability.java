package org.stepplan.core;

/**
 * What a method may need from a problem beyond values and gradients. A method's config lists what it requires, a
 * problem what it provides; running a method on a problem that lacks a requirement fails before the run, naming both.
 */
public enum Capability {
    /** Samples are linear least-mean-squares examples (x, y*) with prediction w·x (IDBD, Autostep). */
    LINEAR_EXAMPLES("linear least-mean-squares examples"),
    /** The objective provides the diagonal of its Hessian (vSGD). */
    DIAGONAL_HESSIAN("the diagonal of the Hessian");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /** What the capability is, in words, for error messages and {@code stepplan list}. */
    public String description() {
        return description;
    }
}
