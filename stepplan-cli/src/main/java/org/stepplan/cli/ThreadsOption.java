package org.stepplan.cli;

import org.stepplan.experiment.Parallel;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of the commands that run independent jobs in parallel (a picocli mixin). Results never
 * depend on it: {@link Parallel} returns them in submission order.
 */
public final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores, "
            + "${DEFAULT-VALUE}); results do not depend on it")
    int threads = Runtime.getRuntime().availableProcessors();

    /**
     * The thread count.
     *
     * @throws IllegalArgumentException if it is below 1
     */
    public int get() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        return threads;
    }
}
