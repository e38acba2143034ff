package org.stepplan.paper.runs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The finished runs of a reproduction, by request id, in the order they were requested. */
public final class Runs {

    private final Map<String, Measured> byId;

    public Runs(Map<String, Measured> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /**
     * The finished run of {@code request}.
     *
     * @throws IllegalStateException when it was not run (a figure or claim that did not declare it)
     */
    public Measured get(RunRequest request) {
        Measured m = byId.get(request.id());
        if (m == null) {
            throw new IllegalStateException("run not performed: " + request.id());
        }
        return m;
    }

    /** Every finished run, in request order. */
    public Iterable<Measured> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
