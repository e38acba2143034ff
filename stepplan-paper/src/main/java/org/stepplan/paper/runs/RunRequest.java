package org.stepplan.paper.runs;

import static org.stepplan.paper.runs.PaperMethod.text;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.stepplan.experiment.RunSpec;
import org.stepplan.run.StoppingRules;

/**
 * One run a figure or a claim needs, declared with typed values: what to call it, the problem (from its start), the
 * method and when to stop. Two requests with the same {@link #id()} are the same run and are executed once.
 *
 * @param label   how figures and the report name it, e.g. {@code Csawg K2 γ=0.001}
 * @param problem the registry name of the problem
 * @param method  the method and its hyper-parameters
 * @param rules   when the run stops
 */
public record RunRequest(String label, String problem, PaperMethod method, StoppingRules rules) {

    public RunRequest {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rules, "rules");
    }

    /**
     * The run exactly as {@code stepplan run} takes it: the one place where a declared method becomes a registry
     * entry. The registry name is the record's name in kebab case ({@code HeavyBall} is {@code heavy-ball}), and each
     * record component is the parameter of the same name ({@link PaperMethod#text} for a double).
     */
    public RunSpec spec() {
        Map<String, String> params = new LinkedHashMap<>();
        try {
            for (RecordComponent c : method.getClass().getRecordComponents()) {
                Object v = c.getAccessor().invoke(method);
                params.put(c.getName(), v instanceof Double d ? text(d) : v.toString());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the components of " + method + " are public", e);
        }
        String name = method.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase(Locale.ROOT);
        return RunSpec.of(problem, name, params, rules);
    }

    /** The identity of the run: the {@code stepplan run} command that performs it. */
    public String id() {
        return command();
    }

    /** The {@code stepplan run} command line that performs this run (and prints the numbers the report uses). */
    public String command() {
        RunSpec spec = spec();
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
        StoppingRules r = rules;
        b.append(" --max-iterations ").append(r.maxIterations());
        if (r.maxGradEvals() != Long.MAX_VALUE) {
            b.append(" --max-grad-evals ").append(r.maxGradEvals());
        }
        if (!Double.isNaN(r.targetError())) {
            b.append(" --target-error ").append(r.targetError());
        }
        if (r.pastZeroError() == Long.MAX_VALUE) {
            b.append(" --continue-past-zero");
        } else if (r.pastZeroError() > 0) {
            b.append(" --continue-past-zero=").append(r.pastZeroError());
        }
        if (spec.seed() != RunSpec.DEFAULT_SEED) {
            b.append(" --seed ").append(spec.seed());
        }
        return b.toString();
    }
}
