package nl.gedeeldbeeld.store.access;

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
 * <p>Bounded: at most {@code capacity} entries, the least recently used dropped first. An entry holds the
 * slice's visible statements of those schemata (on the medium world about 100–250 MB for the network
 * schemata; see docs/benchmarks.md), so the capacity is small.
 */
final class SliceProjections {
    /** What makes one read's answer; see the class comment. */
    record Key(AllowedSlices slices, User user, Set<String> schemata) {
        Key {
            Objects.requireNonNull(slices, "slices");
            Objects.requireNonNull(user, "user");
            schemata = Set.copyOf(schemata);
        }
    }

    /**
     * One slice's read: the candidates the store named (the protection watch needs them per request), the
     * answer, and the audit summary of that answer, all of the same generation.
     */
    record Projection(long generation, List<String> candidates, VisibleStatements visible, String auditSummary) {
        Projection {
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(visible, "visible");
            Objects.requireNonNull(auditSummary, "auditSummary");
        }
    }

    private final int capacity;
    private final Map<Key, Projection> entries;

    SliceProjections(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Projection> eldest) {
                return size() > SliceProjections.this.capacity;
            }
        };
    }

    /** The projection of this key computed at this generation, if kept. */
    synchronized Optional<Projection> get(Key key, long generation) {
        Projection known = entries.get(key);
        if (known == null) {
            return Optional.empty();
        }
        if (known.generation() != generation) {
            entries.remove(key); // outdated: free it now rather than when the LRU gets to it
            return Optional.empty();
        }
        return Optional.of(known);
    }

    synchronized void put(Key key, Projection projection) {
        if (capacity == 0) {
            return;
        }
        Projection known = entries.get(key);
        // A slower request of an older generation must not replace a newer answer.
        if (known == null || known.generation() <= projection.generation()) {
            entries.put(key, projection);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    int capacity() {
        return capacity;
    }
}
