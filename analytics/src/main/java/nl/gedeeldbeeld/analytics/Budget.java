package nl.gedeeldbeeld.analytics;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A time budget for an analysis a person waits for. Searches that can stop with a usable answer (the swap
 * search of key-player sets, a disruption run block by block, the enumeration of paths) ask
 * {@link #exhausted()} between units of work and, once it is spent, stop and return what they have, saying
 * so. An answer in time that says it is partial serves an analyst better than a complete one after 40 s
 * (finding 14), and it keeps one request from holding a core hostage.
 *
 * <p>Not thread-safe: one budget belongs to one computation. Once exhausted it stays exhausted, so every
 * part of an analysis that shares it stops in turn and {@link #wasExhausted()} tells the caller afterwards.
 */
public final class Budget {
    private static final Budget UNLIMITED = new Budget(null, System::nanoTime);
    private final Duration limit;
    private final LongSupplier nanoTime;
    private final long deadline;
    private boolean exhausted;

    private Budget(Duration limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.deadline = limit == null ? 0 : nanoTime.getAsLong() + limit.toNanos();
    }

    /** No limit: every computation runs to its end (command line, benchmarks, tests). */
    public static Budget unlimited() {
        return UNLIMITED;
    }

    /** A budget of this long from now. */
    public static Budget of(Duration limit) {
        return of(limit, System::nanoTime);
    }

    /** A budget measured on the given clock (nanoseconds), for tests. */
    public static Budget of(Duration limit, LongSupplier nanoTime) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a budget cannot be negative: " + limit);
        }
        return new Budget(limit, Objects.requireNonNull(nanoTime, "nanoTime"));
    }

    /** Whether the time is spent; from the first true on, always true. */
    public boolean exhausted() {
        if (limit == null) {
            return false;
        }
        if (!exhausted && nanoTime.getAsLong() - deadline >= 0) {
            exhausted = true;
        }
        return exhausted;
    }

    /** Whether some part of the computation stopped because the time was spent. */
    public boolean wasExhausted() {
        return exhausted;
    }

    /** A short description for explanations, e.g. "1.5 s". */
    public String describe() {
        return limit == null ? "unlimited" : String.format(java.util.Locale.ROOT, "%.1f s", limit.toMillis() / 1000.0);
    }
}
