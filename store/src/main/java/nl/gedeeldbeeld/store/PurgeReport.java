package nl.gedeeldbeeld.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a retention purge did, or in a dry run would do.
 *
 * @param asOf                       statements with a retain-until date before this day were expired
 * @param dryRun                     true when nothing was deleted and the figures say what would have been
 * @param purged                     expired statements deleted (dry run: that would be deleted)
 * @param heldBack                   expired statements kept because an active legal hold covers them
 * @param purgedByDatasetAndRegime   {@link #purged} split by {@link #key(String, String) "dataset/regime"}
 * @param touchedEntityIds           entities that lost at least one statement; the search index must be
 *                                   brought up to date for these
 */
public record PurgeReport(LocalDate asOf, boolean dryRun, long purged, long heldBack,
                          Map<String, Long> purgedByDatasetAndRegime, Set<String> touchedEntityIds) {
    public PurgeReport {
        Objects.requireNonNull(asOf, "asOf");
        if (purged < 0 || heldBack < 0) {
            throw new IllegalArgumentException("purged and held-back counts are never negative");
        }
        // Sorted copies: a report is printed and logged, and reads better in a stable order.
        purgedByDatasetAndRegime = Collections.unmodifiableMap(new TreeMap<>(purgedByDatasetAndRegime));
        touchedEntityIds = Collections.unmodifiableSet(new TreeSet<>(touchedEntityIds));
        long split = purgedByDatasetAndRegime.values().stream().mapToLong(Long::longValue).sum();
        if (split != purged) {
            throw new IllegalArgumentException("purged per dataset/regime adds up to " + split + ", not " + purged);
        }
    }

    /** The key of {@link #purgedByDatasetAndRegime}: {@code "dataset/regime"}. */
    public static String key(String dataset, String regime) {
        return dataset + "/" + regime;
    }

    /** Statements of this dataset and regime that were (or would be) purged; 0 when none. */
    public long purgedOf(String dataset, String regime) {
        return purgedByDatasetAndRegime.getOrDefault(key(dataset, regime), 0L);
    }
}
