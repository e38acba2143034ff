package org.stepplan.learn;

import java.util.Optional;
import org.stepplan.core.Params;
import org.stepplan.learn.data.HeldSplit;
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
     * The examples of a {@code dataset} parameter this engine reads, splits and standardizes itself (as a user's CSV
     * is: {@code DataSource.userData}) and keeps where it evaluates them, or empty for the data sets of
     * {@code DataSource}. {@link #distribute} then receives a problem whose {@link LearningProblem#held()} is it.
     *
     * @param params the problem's parameters ({@code label}, {@code test_fraction}, {@code split_seed},
     *               {@code master}, ...)
     * @throws IllegalArgumentException for a malformed or missing input, naming it
     */
    default Optional<HeldSplit> read(String dataset, Params params) {
        return Optional.empty();
    }

    /**
     * The same problem (objective, start, monitor columns) with its training examples evaluated by this engine.
     *
     * @param params the problem's parameters, including {@code master} and {@code partitions}
     */
    Problem distribute(LearningProblem problem, Params params);
}
