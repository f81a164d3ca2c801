package nl.gedeeldbeeld.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** "--name value" and "--flag" arguments, kept deliberately small: benchmarks have few options. */
record BenchArgs(Map<String, String> values) {
    static BenchArgs parse(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                map.put(name, args[++i]);
            } else {
                map.put(name, "true");
            }
        }
        return new BenchArgs(Map.copyOf(map));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }
}
