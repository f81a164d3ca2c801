package nl.gedeeldbeeld.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.model.UserInputException;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** {@code --name value} arguments of the analytics jobs, checked against the names a job takes. */
final class JobOptions {
    private final Map<String, String> values;

    private JobOptions(Map<String, String> values) {
        this.values = values;
    }

    static JobOptions parse(String[] args, List<String> names, String... required) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!names.contains(name)) {
                throw new UserInputException("unknown argument '" + args[i] + "'; the options are --" + String.join(", --", names));
            }
            if (i + 1 >= args.length) {
                throw new UserInputException("--" + name + " needs a value");
            }
            values.put(name, args[i + 1]);
        }
        JobOptions options = new JobOptions(values);
        for (String name : required) {
            options.required(name);
        }
        return options;
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new UserInputException("--" + name + " is required");
        }
        return value;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    long whole(String name, long fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("--" + name + " takes a whole number, not '" + value + "'");
        }
    }

    double number(String name, double fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("--" + name + " takes a number, not '" + value + "'");
        }
    }

    /** The session spark-submit configured, or {@code local[*]} (or {@code --master}) when run as a plain program. */
    static SparkSession session(String appName, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }
}
