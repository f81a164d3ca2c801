package nl.gedeeldbeeld.resolve.blind;

import java.util.List;

/**
 * The outcome of one match: the hits, ordered by left then right reference, and what it cost.
 *
 * @param comparisons   distinct candidate pairs whose filters were compared
 * @param skippedBuckets LSH buckets left out as too large ({@link MatchSettings#maxBucket()})
 */
public record BlindMatch(List<BlindHit> hits, long comparisons, int skippedBuckets) {
    public BlindMatch {
        hits = List.copyOf(hits);
    }
}
