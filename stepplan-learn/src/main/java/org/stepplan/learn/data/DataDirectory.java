package org.stepplan.learn.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where installed data sets live: {@code $STEPPLAN_DATA} when set, else {@code $XDG_CACHE_HOME/stepplan/data}, else
 * {@code ~/.cache/stepplan/data}.
 */
public final class DataDirectory {

    /** The environment variable that overrides the location. */
    public static final String VARIABLE = "STEPPLAN_DATA";

    private DataDirectory() {
    }

    /** The data directory for this process's environment. */
    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    /** The data directory for the given environment and home directory. */
    static Path resolve(Map<String, String> env, String home) {
        String explicit = env.get(VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String cache = env.get("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(home, ".cache");
        return base.resolve("stepplan").resolve("data");
    }
}
