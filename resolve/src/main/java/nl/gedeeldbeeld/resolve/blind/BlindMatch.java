package nl.gedeeldbeeld.resolve.blind;

import java.util.List;

/**
 * The outcome of one match: the hits, ordered by left then right reference, and what it cost.
 *
 * @param comparisons   distinct candidate pairs whose filters were compared
 * @param skippedBuckets LSH buckets and identifier hashes left out as shared by too many records ({@link MatchSettings#maxBucket()})
 */
public record BlindMatch(List<BlindHit> hits, long comparisons, int skippedBuckets) {
    public BlindMatch {
        hits = List.copyOf(hits);
    }
}
