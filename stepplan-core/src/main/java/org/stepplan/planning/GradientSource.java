package org.stepplan.planning;

/** Which gradient a projection or correction step of planning uses (methods.md §10c.2-3). */
public enum GradientSource {
    /** A fresh gradient at the current w, one counted gradient evaluation (paper semantics). */
    FRESH("fresh"),
    /** g_k, the gradient of this iteration's online step, reused at no cost (the literal algorithm text). */
    STALE("stale");

    private final String label;

    GradientSource(String label) {
        this.label = label;
    }

    /** The name used on the command line. */
    public String label() {
        return label;
    }

    /** The source named {@code label}. */
    public static GradientSource ofLabel(String label) {
        for (GradientSource s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown gradient source '" + label + "' (fresh or stale)");
    }
}
