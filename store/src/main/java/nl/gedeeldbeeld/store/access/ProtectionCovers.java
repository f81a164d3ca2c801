package nl.gedeeldbeeld.store.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.ProtectedPersons;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;

/**
 * The protection register as the decision point sees it: flags from the registers, and what they cover
 * ({@link ProtectionCover}). Every request of the access layer asks for the cover as the store is now
 * ({@link #fresh}) and it is left here, so a {@code decide()} within the request (the audit's per-rule counts, an
 * export's legal basis per value) answers as the request's SQL and Lucene filter did. A {@code decide()} outside a
 * request uses the latest cover while it is younger than {@link #MAX_AGE}, else asks again: the decision point is
 * asked per statement, and working the cover out costs a few queries.
 *
 * <p>The cover is worked out again only when the store's write generation has moved since the last time
 * ({@link nl.gedeeldbeeld.store.WriteGeneration}): it is a function of the flags and the statements, both data in
 * the store, and every committed write that can change them (a flag, a lift, an import, a judgement, a purge)
 * moves the generation. Reworking it per request was a tenth of a search's time on the medium world.
 */
final class ProtectionCovers implements ProtectedPersons {
    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final JdbcStatementStore store;
    private final PolicyRegisters registers;
    private final SchemaRegistry schemas;
    private final Clock clock;
    private volatile Latest latest;
    /** The cover worked out at a write generation; reused while the generation has not moved. */
    private volatile Generational kept;

    private record Latest(ProtectionCover cover, Instant at) {
    }

    private record Generational(ProtectionCover cover, long generation) {
    }

    ProtectionCovers(JdbcStatementStore store, PolicyRegisters registers, SchemaRegistry schemas, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.registers = Objects.requireNonNull(registers, "registers");
        this.schemas = Objects.requireNonNull(schemas, "schemas");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The cover as flags and store say now; kept for the decisions of the same request. */
    ProtectionCover fresh() {
        // Read before the flags and statements: a write committed after this moment makes the kept cover
        // outdated (a later request sees another generation), never current.
        return at(store.generationToKeep());
    }

    /**
     * As {@link #fresh}, for a request that has read the generation to keep by already (before anything else it
     * reads): one cover serves every request of a generation, searches and analyses of a kept slice projection
     * alike. Inside a write's open transaction (no generation) it is worked out from what the write sees and not
     * kept.
     */
    ProtectionCover at(OptionalLong generation) {
        ProtectionCover cover;
        Generational known = kept;
        if (generation.isPresent() && known != null && known.generation() == generation.getAsLong()) {
            cover = known.cover();
        } else {
            cover = ProtectionCover.of(store, registers, schemas);
            // A slow request of an older generation must not replace a newer cover.
            if (generation.isPresent() && (known == null || known.generation() < generation.getAsLong())) {
                kept = new Generational(cover, generation.getAsLong());
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
