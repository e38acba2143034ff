package org.stepplan.learn;

import org.stepplan.core.Params;
import org.stepplan.problems.Problem;

/**
 * Where a learning problem's examples are evaluated, other than this process ({@code engine=local}): an engine is
 * found by its {@link #name()} through {@link java.util.ServiceLoader} (stepplan-spark declares {@code spark}), so
 * the core and the command-line tool never link against it; the CLI's launcher puts it on the classpath only when
 * asked for.
 */
public interface LearningEngine {

    /** The value of the problem parameter {@code engine} that selects this engine. */
    String name();

    /**
     * The same problem (objective, start, monitor columns) with its training examples evaluated by this engine.
     *
     * @param params the problem's parameters, including {@code master} and {@code partitions}
     */
    Problem distribute(LearningProblem problem, Params params);
}
