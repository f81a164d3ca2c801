package nl.gedeeldbeeld.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived API tokens: a user who proved who they are once (a password, or the web session) gets an
 * opaque random token and sends {@code Authorization: Bearer …} instead of a password with every request, so
 * a request no longer pays a password hash (bcrypt, about a third of a second). A token is 256 random bits,
 * kept only as its SHA-256, so neither this memory nor a heap dump gives a usable token; it lives for a
 * configured time (default an hour), may be bound to one purpose, and is revoked on request. Tokens live in
 * memory: a restart signs every API client out, which a token that short-lived may. At most
 * {@code perUser} live tokens per user: a new one beyond that revokes the oldest, so memory stays bounded
 * by the number of users.
 */
public final class ApiTokens {
    /** The prefix every token starts with, so a leaked one is recognisable (secret scanners). */
    static final String PREFIX = "gbt_";
    private static final int TOKEN_BYTES = 32;

    private final Clock clock;
    private final Duration lifetime;
    private final int perUser;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Holder> byHash = new ConcurrentHashMap<>();

    /**
     * Who a token is for.
     *
     * @param reference a short, public name of the token (the start of its hash) for the audit and the answer
     * @param purpose   the one purpose the token may be used under, when it was bound to one
     */
    public record Holder(String userId, Optional<String> purpose, Instant issuedAt, Instant expiresAt, String reference) {
        public Holder {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** A token just issued: the only moment its value exists outside the client. */
    public record Issued(String token, Holder holder) {
    }

    public ApiTokens(Clock clock, Duration lifetime, int perUser) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("gb.auth.tokens.lifetime must be more than zero and at most a day, got " + lifetime);
        }
        if (perUser < 1) {
            throw new IllegalArgumentException("gb.auth.tokens.per-user must be at least 1, got " + perUser);
        }
        this.perUser = perUser;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public Issued issue(String userId, Optional<String> purpose) {
        Objects.requireNonNull(userId, "userId");
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(token);
        Instant now = clock.instant();
        Holder holder = new Holder(userId, purpose, now, now.plus(lifetime), hash.substring(0, 12));
        synchronized (this) {
            forgetExpired(now);
            List<Map.Entry<String, Holder>> own = new ArrayList<>(byHash.entrySet().stream()
                    .filter(e -> e.getValue().userId().equals(userId)).toList());
            own.sort(Comparator.comparing(e -> e.getValue().issuedAt()));
            for (int i = 0; i <= own.size() - perUser; i++) {
                byHash.remove(own.get(i).getKey());
            }
            byHash.put(hash, holder);
        }
        return new Issued(token, holder);
    }

    /** Who the token is for; empty when it is unknown, revoked or expired. */
    public Optional<Holder> holder(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Holder holder = byHash.get(hash);
        if (holder == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(holder.expiresAt())) {
            byHash.remove(hash, holder);
            return Optional.empty();
        }
        return Optional.of(holder);
    }

    /** Revokes the token; the holder it had, or empty when it was not live. */
    public Optional<Holder> revoke(String token) {
        Optional<Holder> live = holder(token);
        live.ifPresent(h -> byHash.remove(hash(token), h));
        return live;
    }

    private void forgetExpired(Instant now) {
        byHash.values().removeIf(h -> !now.isBefore(h.expiresAt()));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
