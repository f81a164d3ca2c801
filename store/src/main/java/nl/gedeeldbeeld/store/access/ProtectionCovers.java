package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.ProtectedPersons;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.store.StatementStore;

/**
 * The protection register as the decision point sees it: flags from the registers, and what they cover
 * ({@link ProtectionCover}). Every request of the access layer works the cover out afresh ({@link #fresh}) and
 * leaves it here, so a {@code decide()} within the request (the audit's per-rule counts, an export's legal basis
 * per value) answers as the request's SQL and Lucene filter did. A {@code decide()} outside a request uses the
 * latest cover while it is younger than {@link #MAX_AGE}, else works it out again: the decision point is asked
 * per statement, and the cover costs a few queries.
 */
final class ProtectionCovers implements ProtectedPersons {
    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final StatementStore store;
    private final PolicyRegisters registers;
    private final SchemaRegistry schemas;
    private final Clock clock;
    private volatile Latest latest;
    private volatile AtGeneration kept;

    private record Latest(ProtectionCover cover, Instant at) {
    }

    private record AtGeneration(long generation, ProtectionCover cover) {
    }

    ProtectionCovers(StatementStore store, PolicyRegisters registers, SchemaRegistry schemas, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.registers = Objects.requireNonNull(registers, "registers");
        this.schemas = Objects.requireNonNull(schemas, "schemas");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The cover as flags and store say now; kept for the decisions of the same request. */
    ProtectionCover fresh() {
        ProtectionCover cover = ProtectionCover.of(store, registers, schemas);
        latest = new Latest(cover, clock.instant());
        return cover;
    }

    /**
     * The cover at this write generation (read by the caller before anything it computes from the store): the
     * cover is worked out from the flags and the statements only, and every write to either moves the
     * generation, so one cover serves every request of a generation. An analysis request of a kept slice
     * projection asked for it afresh each time (a few queries, the largest part of such a request once the
     * projection was kept). Kept for the decisions of the same request, as {@link #fresh}.
     */
    ProtectionCover at(long generation) {
        AtGeneration known = kept;
        ProtectionCover cover;
        if (known != null && known.generation() == generation) {
            cover = known.cover();
        } else {
            cover = ProtectionCover.of(store, registers, schemas);
            // A slow request of an older generation must not replace a newer cover.
            if (known == null || known.generation() < generation) {
                kept = new AtGeneration(generation, cover);
            }
        }
        latest = new Latest(cover, clock.instant());
        return cover;
    }

    private ProtectionCover current() {
        Latest known = latest;
        if (known == null || known.at().plus(MAX_AGE).isBefore(clock.instant())) {
            return fresh();
        }
        return known.cover();
    }

    @Override
    public boolean isProtected(String entityId) {
        return registers.isProtected(entityId);
    }

    @Override
    public boolean hides(Statement statement, String viewerOrganisation) {
        if (registers.isProtected(statement.entityId())) {
            return true;
        }
        ProtectionCover cover = current();
        return !cover.isEmpty() && (cover.hides(statement.entityId(), viewerOrganisation)
                || cover.hidesReference(statement, viewerOrganisation, schemas));
    }
}
