package nl.gedeeldbeeld.spark;

import org.apache.spark.sql.SparkSession;

/** One small local session for every test class in the JVM (starting Spark costs seconds); Spark stops it at exit. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("gedeeldbeeld-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    // Adaptive re-planning after every shuffle costs more than it saves on a thousand records
                    // (it doubled the Febrl run); results do not depend on it.
                    .config("spark.sql.adaptive.enabled", "false")
                    .config("spark.default.parallelism", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }
}
