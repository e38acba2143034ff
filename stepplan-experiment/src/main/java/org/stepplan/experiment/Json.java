package org.stepplan.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.learn.LearningMonitor;
import org.stepplan.learn.LearningProblem;
import org.stepplan.run.Result;

/** The JSON form of a run (the {@code --json} output of {@code stepplan run}). Non-finite numbers become null. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /**
     * The run as an ordered map: problem, dimension, method, params, status, counts, loss, error, w, firstZeroError;
     * on a learning problem also examples, epochs, and the final trainLoss and testAccuracy (not counted).
     */
    public static Map<String, Object> of(Experiment.Outcome outcome) {
        return of(outcome, true);
    }

    /** As {@link #of(Experiment.Outcome)}; without {@code w} when {@code weights} is false. */
    public static Map<String, Object> of(Experiment.Outcome outcome, boolean weights) {
        Result r = outcome.result();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("problem", outcome.problem().name());
        m.put("problemParams", outcome.problem().params());
        m.put("dimension", outcome.problem().dimension());
        m.put("method", r.method());
        m.put("params", finite(r.params()));
        m.put("seed", outcome.spec().seed());
        m.put("status", r.status().label());
        m.put("iterations", r.iterations());
        m.put("gradEvals", r.gradEvals());
        m.put("funcEvals", r.funcEvals());
        m.put("hessianEvals", r.hessianEvals());
        if (outcome.problem() instanceof LearningProblem learning
                && outcome.monitor() instanceof LearningMonitor monitor && monitor.current() != null) {
            LearningMonitor.Row last = monitor.current();
            m.put("examples", last.examples());
            m.put("epochs", last.epochs());
            m.put("trainLoss", number(learning.trainingLoss(r.w())));
            m.put("testAccuracy", number(learning.testAccuracy(r.w())));
        }
        m.put("loss", number(r.loss()));
        m.put("error", r.errorKnown() ? number(r.error()) : null);
        if (weights) {
            List<Object> w = new ArrayList<>();
            for (double v : r.w()) {
                w.add(number(v));
            }
            m.put("w", w);
        }
        if (r.firstZeroError() == null) {
            m.put("firstZeroError", null);
        } else {
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("iterations", r.firstZeroError().iterations());
            z.put("gradEvals", r.firstZeroError().gradEvals());
            m.put("firstZeroError", z);
        }
        return m;
    }

    /** Pretty-printed JSON text of {@code value}. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared mapper (for reading JSON back in tests and tools). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static Object number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static Map<String, Object> finite(Map<String, Object> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, v instanceof Double d ? number(d) : v));
        return out;
    }
}
