package nl.gedeeldbeeld.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows password guessing down. Failed sign-ins are counted per user name and, separately, per client
 * address: {@code maxFailures} failures of one key within {@code window} lock that key for {@code lockout}.
 * Counting names stops many addresses guessing one account's password; counting addresses stops one
 * address trying one common password on many accounts. A successful sign-in clears its user name's count
 * but not its address's, or an attacker with one valid account could reset their address at will.
 *
 * <p>Memory is bounded by {@code maxKeys}: beyond it the least recently touched key is forgotten. Flooding
 * with fresh keys can therefore lift an old lock early; a key under attack is touched by every attempt and
 * so is the last to go. Thread-safe; one instance serves the form login and HTTP Basic alike.
 */
public final class LoginThrottle {

    /** The limits; every field must be positive. */
    public record Limits(int maxFailures, Duration window, Duration lockout, int maxKeys) {
        public Limits {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(lockout, "lockout");
            if (maxFailures < 1 || maxKeys < 2 || window.isNegative() || window.isZero()
                    || lockout.isNegative() || lockout.isZero()) {
                throw new IllegalArgumentException("throttle limits must be positive (maxKeys at least 2): " + maxFailures
                        + " failures in " + window + ", lock " + lockout + ", " + maxKeys + " keys");
            }
        }
    }

    private final Clock clock;
    private final Limits limits;
    private final Map<String, Key> keys;

    public LoginThrottle(Clock clock, Limits limits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.keys = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Key> eldest) {
                return size() > limits.maxKeys();
            }
        };
    }

    /** How long sign-ins for this name from this address are still refused; empty when they are not. */
    public synchronized Optional<Duration> lockedFor(String userName, String clientAddress) {
        Instant now = clock.instant();
        Duration byName = remaining(userKey(userName), now);
        Duration byAddress = remaining(addressKey(clientAddress), now);
        Duration longest = byName.compareTo(byAddress) >= 0 ? byName : byAddress;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public synchronized void failed(String userName, String clientAddress) {
        Instant now = clock.instant();
        count(userKey(userName), now);
        count(addressKey(clientAddress), now);
    }

    public synchronized void succeeded(String userName) {
        keys.remove(userKey(userName));
    }

    private Duration remaining(String key, Instant now) {
        Key k = keys.get(key);
        if (k == null || k.lockedUntil == null) {
            return Duration.ZERO;
        }
        if (!now.isBefore(k.lockedUntil)) {
            keys.remove(key);
            return Duration.ZERO;
        }
        return Duration.between(now, k.lockedUntil);
    }

    private void count(String key, Instant now) {
        Key k = keys.computeIfAbsent(key, x -> new Key());
        if (k.lockedUntil != null && now.isBefore(k.lockedUntil)) {
            return;
        }
        k.lockedUntil = null;
        Instant cutoff = now.minus(limits.window());
        while (!k.failures.isEmpty() && !k.failures.peekFirst().isAfter(cutoff)) {
            k.failures.removeFirst();
        }
        k.failures.addLast(now);
        if (k.failures.size() >= limits.maxFailures()) {
            k.failures.clear();
            k.lockedUntil = now.plus(limits.lockout());
        }
    }

    // Names are matched case-insensitively so that "Analist-Politie" counts against "analist-politie".
    private static String userKey(String userName) {
        return "user:" + (userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "" : address);
    }

    private static final class Key {
        private final ArrayDeque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
