package nl.gedeeldbeeld.app.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked, because its user name or address is locked. */
public class LoginThrottledException extends AuthenticationException {
    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed sign-ins; try again in " + minutes(retryAfter) + " minute(s)");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, for a Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    static long minutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }
}
