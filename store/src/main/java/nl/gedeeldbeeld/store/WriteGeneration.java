package nl.gedeeldbeeld.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that grows after every committed write that can change what a read may see (statements,
 * judgements, holds, purges, protection flags, joint cases, hits, consent), so a value computed from reads at
 * one generation is known to be current while the number has not moved. The store's transactions advance it
 * after they commit (never before: a reader that sees the new number then also sees the new rows), so a
 * cache keyed on it can never serve what a write has since changed. Writes that change no read's answer (the
 * audit outbox, the search-index backlog, protection alerts, export requests) leave it alone, so that a read
 * which raises an alert does not throw every cached projection away.
 *
 * <p>One counter for the process: a write to any store of this JVM moves it, which costs at most a recompute,
 * never a stale answer. Writes by another process to the same database cannot move it; on PostgreSQL, which
 * processes share, the store adds the database's own number ({@code StatementStore.writeGeneration}).
 */
public final class WriteGeneration {
    private static final AtomicLong GENERATION = new AtomicLong();

    private WriteGeneration() {
    }

    /** The generation now; read it before reading the data a cached value is computed from. */
    public static long current() {
        return GENERATION.get();
    }

    /** Called by the store after a write has committed. */
    public static void advance() {
        GENERATION.incrementAndGet();
    }
}
