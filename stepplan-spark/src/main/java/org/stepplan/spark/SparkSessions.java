package org.stepplan.spark;

import org.apache.spark.SparkException;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of this process (Spark allows one per JVM), bound to the loopback interface unless the
 * environment says otherwise ({@code SPARK_LOCAL_IP}, {@code spark.driver.host}), with Spark's web UI off.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * The session on {@code master} (created on first use, then shared).
     *
     * @throws IllegalArgumentException for a master URL Spark cannot use, or when this process already runs a session
     *                                  on another master
     */
    public static SparkSession get(String master) {
        scala.Option<SparkSession> running = SparkSession.getDefaultSession();
        SparkSession session = running.isDefined() ? running.get() : start(master);
        String actual = session.sparkContext().master();
        if (!actual.equals(master)) {
            throw new IllegalArgumentException("master '" + master + "': this process already runs Spark on '"
                    + actual + "'");
        }
        return session;
    }

    /** The forms of master URL Spark knows: local, local[N], local[*], local-cluster[..], spark://, yarn, k8s://. */
    private static final java.util.regex.Pattern MASTER =
            java.util.regex.Pattern.compile("local(\\[.+])?|local-cluster\\[.+]|spark://.+|yarn|k8s://.+");

    private static SparkSession start(String master) {
        if (!MASTER.matcher(master).matches()) {
            throw new IllegalArgumentException("master must be local[N], local[*], local-cluster[W,C,MB], "
                    + "spark://HOST:PORT, yarn or k8s://URL, got '" + master + "'");
        }
        SparkSession.Builder builder = SparkSession.builder().appName("stepplan").master(master)
                .config("spark.ui.enabled", "false");
        if (System.getenv("SPARK_LOCAL_IP") == null && System.getProperty("spark.driver.host") == null) {
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        try {
            return builder.getOrCreate();
        } catch (Exception e) {
            if (e instanceof SparkException) {
                throw new IllegalArgumentException("master '" + master + "': " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
