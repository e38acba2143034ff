package org.stepplan.problems;

import java.util.List;

/**
 * Problems contributed by another module (found with {@link java.util.ServiceLoader}, declared in its
 * {@code META-INF/services/org.stepplan.problems.ProblemProvider}): {@link Problems} registers them after its own, so
 * {@code stepplan list} and {@code stepplan run} see them whenever the module is on the class path. The MGH and NIST
 * suites of this module's subpackages come this way (so this package does not depend on them), and so do the
 * learning problems of {@code stepplan-learn} (so this module need not depend on it).
 */
public interface ProblemProvider {

    /** The problems to register, in the order {@code stepplan list} shows them. */
    List<ProblemSpec> problems();
}
