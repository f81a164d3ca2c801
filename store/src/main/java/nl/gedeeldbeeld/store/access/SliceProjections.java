package nl.gedeeldbeeld.store.access;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.store.VisibleStatements;

/**
 * The analysis reads of recent slices, kept: what one slice (user, organisation, purpose, day) may see of every
 * entity of some schemata, read once through the policy and then reused until a write moves the
 * {@link nl.gedeeldbeeld.store.WriteGeneration}. An analysis view names every entity of its schemata, so
 * reading it again per request (12–18 s for the key players on the medium world) was almost all of a request.
 *
 * <p>Keyed on exactly what the filtered read depends on: the request's {@link AllowedSlices} (day, organisation,
 * purpose and every grant and prohibition in force that day, so an agreement's validity or a changed catalogue
 * is a different key), the user (roles and units: a viewer condition such as UNITS is answered per user), and
 * the schemata. Everything else the read depends on is data in the store (statements and their retention,
 * protection flags, joint cases, hits, judgements), which the generation covers. An entry of another
 * generation is never returned, so a read after a write sees the write.
 *
 * <p>Bounded: at most {@code capacity} slices, the least recently used dropped first with all its reads. A
 * slice holds its visible statements of each schema set its screens asked for (on the medium world up to
 * about 400,000 statements for the network schemata of one slice), so the capacity is small.
 */
final class SliceProjections {
    /** One slice: what its reads depend on besides the store; see the class comment. */
    record Slice(AllowedSlices slices, User user) {
        Slice {
            Objects.requireNonNull(slices, "slices");
            Objects.requireNonNull(user, "user");
        }
    }

    /** One read of a slice: its schemata. */
    record Key(AllowedSlices slices, User user, Set<String> schemata) {
        Key {
            Objects.requireNonNull(slices, "slices");
            Objects.requireNonNull(user, "user");
            schemata = Set.copyOf(schemata);
        }

        Slice slice() {
            return new Slice(slices, user);
        }
    }

    /**
     * One slice's read, all of the same generation: the answer, the audit summary of that answer and what the
     * audit event names ({@link ReadAudit#named}: the id set is stored once, not per request), and the protected or
     * covered candidates this slice would have seen but for the protection (their flags' owners are alerted on
     * every request that gets this answer; which they are depends only on the slice and the store).
     */
    record Projection(long generation, VisibleStatements visible, String auditSummary, ReadAudit.Named audited,
                      Set<String> suppressed) {
        Projection {
            Objects.requireNonNull(visible, "visible");
            Objects.requireNonNull(auditSummary, "auditSummary");
            Objects.requireNonNull(audited, "audited");
            // In the store's order, as an uncached read alerts them (the first covered link names the alert's path).
            suppressed = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(suppressed));
        }
    }

    private final int capacity;
    /** Per slice, least recently used first, its reads by schemata (a person's screens ask four or five sets). */
    private final Map<Slice, Map<Set<String>, Projection>> entries;

    /** @param capacity how many slices are kept */
    SliceProjections(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Slice, Map<Set<String>, Projection>> eldest) {
                return size() > SliceProjections.this.capacity;
            }
        };
    }

    /** The projection of this key computed at this generation, if kept. */
    synchronized Optional<Projection> get(Key key, long generation) {
        Map<Set<String>, Projection> reads = entries.get(key.slice());
        Projection known = reads == null ? null : reads.get(key.schemata());
        if (known == null) {
            return Optional.empty();
        }
        if (known.generation() != generation) {
            // Outdated, and so is every other read of an older generation: free them now.
            reads.values().removeIf(p -> p.generation() != generation);
            return Optional.empty();
        }
        return Optional.of(known);
    }

    /**
     * A kept read of the same slice and generation over more schemata than this key's (the smallest such), from
     * which this key's answer can be taken instead of read: what a slice may see of one entity does not depend on
     * which other entities are read with it (the policy, the protection and the source-key rules are per entity
     * and statement), so the read of a wider set, restricted to this set's candidates, is this set's read.
     */
    synchronized Optional<Projection> wider(Key key, long generation) {
        Map<Set<String>, Projection> reads = entries.get(key.slice());
        if (reads == null) {
            return Optional.empty();
        }
        Projection best = null;
        int bestSize = Integer.MAX_VALUE;
        for (Map.Entry<Set<String>, Projection> e : reads.entrySet()) {
            if (e.getValue().generation() == generation && e.getKey().containsAll(key.schemata())
                    && e.getKey().size() < bestSize) {
                best = e.getValue();
                bestSize = e.getKey().size();
            }
        }
        return Optional.ofNullable(best);
    }

    synchronized void put(Key key, Projection projection) {
        if (capacity == 0) {
            return;
        }
        Map<Set<String>, Projection> reads = entries.computeIfAbsent(key.slice(), s -> new HashMap<>());
        Projection known = reads.get(key.schemata());
        // A slower request of an older generation must not replace a newer answer.
        if (known == null || known.generation() <= projection.generation()) {
            reads.put(key.schemata(), projection);
        }
    }

    /** How many slices are kept. */
    synchronized int size() {
        return entries.size();
    }

    int capacity() {
        return capacity;
    }
}
