package nl.gedeeldbeeld.store;

import java.util.Collection;
import java.util.Set;

/**
 * The store's record of statement changes the search index has not yet made durable. Each change (an
 * import batch that inserted statements, a retention purge) is recorded with the entities it touched, in the
 * transaction that makes it, and cleared only after a Lucene commit holds its effect; so a process killed
 * between the store's commit and the index's leaves behind exactly what the index lacks, and the next open
 * catches up on it.
 */
public interface IndexBacklog {
    /** Changes not yet durable in the index: their keys, and the entities to re-index for them. */
    record Pending(Set<String> keys, Set<String> entityIds) {
        public Pending {
            keys = Set.copyOf(keys);
            entityIds = Set.copyOf(entityIds);
        }

        public boolean isEmpty() {
            return keys.isEmpty();
        }
    }

    Pending pending();

    /** Forgets these changes: the index has made them durable. */
    void clear(Collection<String> keys);
}
