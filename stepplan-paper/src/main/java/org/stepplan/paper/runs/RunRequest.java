package org.stepplan.paper.runs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.stepplan.experiment.RunSpec;
import org.stepplan.run.StoppingRules;

/**
 * One run a figure or a claim needs: what to run and what to call it. Two requests with the same {@link #id()} are the
 * same run and are executed once.
 *
 * @param label how figures and the report name it, e.g. {@code Csawg K2 γ=0.001}
 * @param spec  the run, exactly as {@code stepplan run} takes it
 */
public record RunRequest(String label, RunSpec spec) {

    public RunRequest {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(spec, "spec");
    }

    /** A run of {@code method} with {@code params} (name, value, name, value, ...) from the problem's start. */
    public static RunRequest of(String label, String problem, StoppingRules rules, String method, String... params) {
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("params must be name/value pairs");
        }
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            p.put(params[i], params[i + 1]);
        }
        return new RunRequest(label, RunSpec.of(problem, method, p, rules));
    }

    /** The identity of the run: the {@code stepplan run} command that performs it. */
    public String id() {
        return command();
    }

    /** The {@code stepplan run} command line that performs this run (and prints the numbers the report uses). */
    public String command() {
        StringBuilder b = new StringBuilder("./stepplan run --problem ").append(spec.problem());
        spec.problemParams().forEach((k, v) -> b.append(" --problem-param ").append(k).append('=').append(v));
        if (spec.start() != null) {
            b.append(" --start ");
            double[] s = spec.start();
            for (int i = 0; i < s.length; i++) {
                b.append(i == 0 ? "" : ",").append(s[i]);
            }
        }
        b.append(" --method ").append(spec.method());
        spec.methodParams().forEach((k, v) -> b.append(" --param ").append(k).append('=').append(v));
        StoppingRules r = spec.rules();
        b.append(" --max-iterations ").append(r.maxIterations());
        if (r.maxGradEvals() != Long.MAX_VALUE) {
            b.append(" --max-grad-evals ").append(r.maxGradEvals());
        }
        if (!Double.isNaN(r.targetError())) {
            b.append(" --target-error ").append(r.targetError());
        }
        if (!r.stopAtZeroError()) {
            b.append(" --continue-past-zero");
        }
        if (spec.seed() != RunSpec.DEFAULT_SEED) {
            b.append(" --seed ").append(spec.seed());
        }
        return b.toString();
    }
}
