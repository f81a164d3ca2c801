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
 * Slows password guessing down without handing anyone a way to lock others out (finding 16; OWASP ASVS v4
 * 2.2.1: soft lockouts and ever increasing delays, at most 100 failed attempts an hour on one account).
 *
 * <p>The old throttle locked a user name for 15 minutes after five failures from anywhere, and an address for
 * every user behind it: anyone who knew a colleague's user name could keep them out, and one mistyping user
 * behind a shared NAT locked the whole office out. Now:
 * <ul>
 *   <li><b>per (account, address)</b>: the first {@code freeFailures} failures cost nothing; after that each
 *       failure makes that pair wait {@code firstDelay}, then twice as long, and so on up to {@code maxDelay}
 *       (4 free, then 5 s, 10 s, 20 s … 15 min by default: about 15 guesses an hour). Only that pair waits: the right
 *       password from another address is never refused because of it;</li>
 *   <li><b>per account</b>, over all addresses: once {@code accountCeiling} failures fall within
 *       {@code window} (ASVS's 100 an hour), addresses the account has not signed in from lately are refused
 *       until the count drops — a botnet spreading its guesses over many addresses gets no more than that.
 *       Addresses the account signed in from within {@code trust} keep working;</li>
 *   <li><b>per address</b>, over all accounts: once {@code addressCeiling} failures of any names fall within
 *       {@code window} (password spraying), names that have not signed in from that address lately are
 *       refused until the count drops; colleagues behind the same address who signed in from it before go on.</li>
 * </ul>
 * A successful sign-in clears its own pair and trusts it; it clears neither the account's nor the address's
 * count, or an attacker with one valid account could reset their address at will. Refused attempts are not
 * counted (the password is not even checked), so a wait never grows while it is waited out.
 *
 * <p>Memory is bounded by {@code maxKeys} per table: beyond it the least recently touched entry is
 * forgotten; a key under attack is touched by every attempt and so is the last to go. Thread-safe; one
 * instance serves the form login and HTTP Basic alike.
 */
public final class LoginThrottle {

    /** The limits; every field must be positive. */
    public record Limits(int freeFailures, Duration firstDelay, Duration maxDelay, Duration window, int accountCeiling,
                         int addressCeiling, Duration trust, int maxKeys) {
        public Limits {
            Objects.requireNonNull(firstDelay, "firstDelay");
            Objects.requireNonNull(maxDelay, "maxDelay");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(trust, "trust");
            if (freeFailures < 0 || accountCeiling < 1 || addressCeiling < 1 || maxKeys < 2 || !positive(firstDelay)
                    || !positive(maxDelay) || !positive(window) || !positive(trust) || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("throttle limits must be positive (maxKeys at least 2, maxDelay at "
                        + "least firstDelay): " + this);
            }
        }

        /** The defaults: 4 free failures, then 5 s doubling to 15 min; 100 per account and 30 per address an hour. */
        public static Limits defaults() {
            return new Limits(4, Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofHours(1), 100, 30,
                    Duration.ofDays(30), 100_000);
        }

        private static boolean positive(Duration d) {
            return !d.isNegative() && !d.isZero();
        }
    }

    private final Clock clock;
    private final Limits limits;
    private final Map<String, Pair> pairs;
    private final Map<String, Failures> accounts;
    private final Map<String, Failures> addresses;
    private final Map<String, Instant> trusted;

    public LoginThrottle(Clock clock, Limits limits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.pairs = bounded(limits.maxKeys());
        this.accounts = bounded(limits.maxKeys());
        this.addresses = bounded(limits.maxKeys());
        this.trusted = bounded(limits.maxKeys());
    }

    private static <V> Map<String, V> bounded(int maxKeys) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** How long sign-ins for this name from this address must still wait; empty when they may go ahead. */
    public synchronized Optional<Duration> lockedFor(String userName, String clientAddress) {
        Instant now = clock.instant();
        String user = user(userName);
        String address = address(clientAddress);
        Duration wait = Duration.ZERO;
        Pair pair = pairs.get(pairKey(user, address));
        if (pair != null && pair.waitUntil != null && now.isBefore(pair.waitUntil)) {
            wait = Duration.between(now, pair.waitUntil);
        }
        if (!isTrusted(user, address, now)) {
            wait = max(wait, overCeiling(accounts.get(user), limits.accountCeiling(), now));
            wait = max(wait, overCeiling(addresses.get(address), limits.addressCeiling(), now));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String userName, String clientAddress) {
        Instant now = clock.instant();
        String user = user(userName);
        String address = address(clientAddress);
        Pair pair = pairs.computeIfAbsent(pairKey(user, address), k -> new Pair());
        pair.failures.add(now, limits.window());
        int beyond = pair.failures.size() - limits.freeFailures();
        if (beyond > 0) {
            pair.waitUntil = now.plus(delay(beyond));
        }
        accounts.computeIfAbsent(user, k -> new Failures()).add(now, limits.window());
        addresses.computeIfAbsent(address, k -> new Failures()).add(now, limits.window());
    }

    public synchronized void succeeded(String userName, String clientAddress) {
        String user = user(userName);
        String address = address(clientAddress);
        pairs.remove(pairKey(user, address));
        trusted.put(pairKey(user, address), clock.instant().plus(limits.trust()));
    }

    /** firstDelay · 2^(beyond−1), capped at maxDelay, without overflowing on a long attack. */
    private Duration delay(int beyond) {
        int doublings = Math.min(beyond - 1, 30);
        Duration d = limits.firstDelay().multipliedBy(1L << doublings);
        return d.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : d;
    }

    private boolean isTrusted(String user, String address, Instant now) {
        Instant until = trusted.get(pairKey(user, address));
        return until != null && now.isBefore(until);
    }

    /** How long until fewer than {@code ceiling} failures lie within the window; zero when already fewer. */
    private Duration overCeiling(Failures failures, int ceiling, Instant now) {
        if (failures == null) {
            return Duration.ZERO;
        }
        failures.expire(now, limits.window());
        if (failures.size() < ceiling) {
            return Duration.ZERO;
        }
        Instant leaves = failures.nth(failures.size() - ceiling).plus(limits.window());
        return now.isBefore(leaves) ? Duration.between(now, leaves) : Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    // Names are matched case-insensitively so that "Analist-Politie" counts against "analist-politie".
    private static String user(String userName) {
        return userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private static String pairKey(String user, String address) {
        return user + "\u0000" + address;
    }

    private static final class Pair {
        private final Failures failures = new Failures();
        private Instant waitUntil;
    }

    /** Failure times within the window, oldest first. */
    private static final class Failures {
        private final ArrayDeque<Instant> times = new ArrayDeque<>();

        void add(Instant now, Duration window) {
            expire(now, window);
            times.addLast(now);
        }

        void expire(Instant now, Duration window) {
            Instant cutoff = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.removeFirst();
            }
        }

        int size() {
            return times.size();
        }

        Instant nth(int index) {
            int i = 0;
            for (Instant t : times) {
                if (i++ == index) {
                    return t;
                }
            }
            throw new IndexOutOfBoundsException(index);
        }
    }
}
