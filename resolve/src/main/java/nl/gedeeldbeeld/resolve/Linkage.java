package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two-file linkage: which record of file A is which record of file B, when each file holds every person
 * at most once (two partners' registers, a register and a list). The records of both files are blocked and
 * compared together, but only pairs across the files are candidates, so the model is fitted on the
 * cross-file pairs alone; then the pairs at or above the threshold are assigned one to one, best first
 * (greedy on the match probability, ties on the weight): a record already linked does not link again,
 * which keeps a second, weaker look-alike in the other file from becoming a false link. The rare-name rule
 * ({@link NameFrequencies}) is off: on the synthetic world it halved precision (docs/benchmarks.md).
 *
 * @param resolution the run over A followed by B (indexes below {@code sizeA} are A's)
 * @param links      the one-to-one links, best first
 */
public record Linkage(Resolution resolution, int sizeA, List<Link> links) {

    /** A link between record {@code a} of file A and record {@code b} of file B (indexes into each file). */
    public record Link(int a, int b, double probability, double weight) {
    }

    public Linkage {
        links = List.copyOf(links);
    }

    public static Linkage run(List<PersonRecord> fileA, List<PersonRecord> fileB, List<BlockingKey> keys, int maxBlock,
                              double threshold) {
        List<PersonRecord> all = new ArrayList<>(fileA.size() + fileB.size());
        all.addAll(fileA);
        all.addAll(fileB);
        int sizeA = fileA.size();
        // Pairs come smaller index first, so a cross-file pair has its A record on the left.
        CandidatePairs candidates = CandidatePairs.of(all, keys, maxBlock).within((left, right) -> left < sizeA && right >= sizeA);
        Resolution resolution = Resolution.run(all, candidates, threshold, ResolutionProgress.NONE, false);
        List<Resolution.ScoredPair> scored = new ArrayList<>(resolution.atLeast(threshold));
        scored.sort(Comparator.comparingDouble(Resolution.ScoredPair::probability).reversed()
                .thenComparing(Comparator.comparingDouble(Resolution.ScoredPair::weight).reversed())
                .thenComparingInt(Resolution.ScoredPair::left).thenComparingInt(Resolution.ScoredPair::right));
        boolean[] taken = new boolean[all.size()];
        List<Link> links = new ArrayList<>();
        for (Resolution.ScoredPair s : scored) {
            if (!taken[s.left()] && !taken[s.right()]) {
                taken[s.left()] = true;
                taken[s.right()] = true;
                links.add(new Link(s.left(), s.right() - sizeA, s.probability(), s.weight()));
            }
        }
        return new Linkage(resolution, sizeA, links);
    }
}
