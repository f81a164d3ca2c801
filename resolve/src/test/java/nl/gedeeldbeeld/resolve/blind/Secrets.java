package nl.gedeeldbeeld.resolve.blind;

import java.nio.charset.StandardCharsets;

/** Test secrets: long enough to be accepted, obviously not for real use. */
final class Secrets {
    static final SharedSecret A = SharedSecret.of("test-secret-A-not-for-real-use-0123456789".getBytes(StandardCharsets.UTF_8));
    static final SharedSecret B = SharedSecret.of("test-secret-B-not-for-real-use-0123456789".getBytes(StandardCharsets.UTF_8));

    private Secrets() {
    }
}
