package org.stepplan.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of this process: one per master URL, bound to the loopback interface unless the environment
 * says otherwise ({@code SPARK_LOCAL_IP}, {@code spark.driver.host}), with Spark's web UI off.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /** The session for {@code master} (created on first use, then shared). */
    public static SparkSession get(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("stepplan").master(master)
                .config("spark.ui.enabled", "false");
        if (System.getenv("SPARK_LOCAL_IP") == null && System.getProperty("spark.driver.host") == null) {
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return builder.getOrCreate();
    }
}
