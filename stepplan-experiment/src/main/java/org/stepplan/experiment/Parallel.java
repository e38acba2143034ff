package org.stepplan.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps independent items on a fixed pool of threads and returns the results in the items' order, so the outcome
 * does not depend on the thread count or on which item finishes first.
 */
public final class Parallel {

    /** A task that may throw. */
    @FunctionalInterface
    public interface Task<T, R> {
        R apply(T item) throws Exception;
    }

    private Parallel() {
    }

    /**
     * {@code task} applied to every item on {@code threads} threads, results in item order.
     *
     * @throws Exception the first failure in item order (the others are cancelled)
     */
    public static <T, R> List<R> map(List<T> items, int threads, Task<T, R> task, Function<T, String> name,
                              Progress progress) throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, items.size())), r -> {
            Thread t = new Thread(r, "stepplan-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    R r = task.apply(item);
                    progress.done(name.apply(item));
                    return r;
                }));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    futures.forEach(other -> other.cancel(true));
                    Throwable cause = e.getCause();
                    if (cause instanceof Exception ex) {
                        throw ex;
                    }
                    throw (Error) cause;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
