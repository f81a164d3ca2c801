package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Company resolution: the person pipeline's method on company records. Blocking on the KvK number, the
 * name without legal form, the sound of its first word with the town, and postcode with house number;
 * Fellegi–Sunter fitted by EM on the pattern counts; a match needs the name to agree closely (level 2 or
 * more) or the KvK number to be equal. Without that rule two companies at one business address (a
 * trust office houses hundreds) would match on the address alone, as households did for persons. And two
 * records with different KvK numbers (more than one typing error apart) are never a match: the number
 * names the legal entity, and trade names repeat across the country. For the same reason a pair that shares
 * only its name matches only when no third record carries that name (a frequency rule: FIOD knows 22
 * companies called "Jong Holding", each its own).
 */
public final class CompanyResolution {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private final List<CompanyRecord> records;
    private final CandidatePairs candidates;
    private final FellegiSunter model;
    private final List<long[]> matches;
    private final List<List<Integer>> identities;

    private CompanyResolution(List<CompanyRecord> records, CandidatePairs candidates, FellegiSunter model,
                              List<long[]> matches, List<List<Integer>> identities) {
        this.records = records;
        this.candidates = candidates;
        this.model = model;
        this.matches = matches;
        this.identities = identities;
    }

    /** The blocking keys for company records. */
    public static List<BlockingRule<CompanyRecord>> keys() {
        return List.of(
                rule("registration", CompanyRecord::registration),
                rule("name", CompanyRecord::nameProper),
                rule("first-word-sound+locality", r -> join(firstWordSound(r.nameProper()), r.locality())),
                rule("postcode+street-number", r -> join(r.postcode(), r.streetNumber())));
    }

    public static CompanyResolution run(List<CompanyRecord> records, int maxBlock, double threshold) {
        List<CompanyRecord> all = List.copyOf(records);
        CandidatePairs candidates = CandidatePairs.of(all, keys(), maxBlock);
        long[] pairs = candidates.pairs();
        int[] patterns = new int[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(p ->
                patterns[p] = CompanyFeature.pattern(all.get(CandidatePairs.left(pairs[p])), all.get(CandidatePairs.right(pairs[p]))));
        PatternCounts counts = PatternCounts.of(patterns);
        FellegiSunter model = FellegiSunter.fit(CompanyFeature.ALL, counts, 100);
        Map<Integer, Double> probability = new HashMap<>();
        for (int i = 0; i < counts.distinct(); i++) {
            int[] levels = ComparisonPattern.levels(counts.pattern(i), CompanyFeature.ALL.size());
            probability.put(counts.pattern(i), evidence(levels) ? model.probability(levels) : 0.0);
        }
        Map<String, Integer> nameCount = new HashMap<>();
        all.forEach(r -> nameCount.merge(r.nameProper(), 1, Integer::sum));
        Clusters clusters = new Clusters(all.size());
        List<long[]> matches = new ArrayList<>();
        for (int p = 0; p < pairs.length; p++) {
            double pr = probability.get(patterns[p]);
            if (pr > 0 && nameOnly(ComparisonPattern.levels(patterns[p], CompanyFeature.ALL.size()))
                    && nameCount.get(all.get(CandidatePairs.left(pairs[p])).nameProper()) > 2) {
                pr = 0; // the name is all they share, and more records carry it: "Jong Holding" is many companies
            }
            if (pr >= threshold) {
                clusters.link(CandidatePairs.left(pairs[p]), CandidatePairs.right(pairs[p]));
                matches.add(new long[] {pairs[p], Double.doubleToLongBits(pr)});
            }
        }
        return new CompanyResolution(all, candidates, model, matches, clusters.groups());
    }

    static boolean evidence(int[] levels) {
        int registration = levels[CompanyFeature.REGISTRATION.ordinal()];
        if (registration == 0) {
            return false;
        }
        return levels[CompanyFeature.NAME.ordinal()] >= 2 || registration == 2;
    }

    /** Whether the pair agrees on nothing but the name: no registration, no address part in common. */
    static boolean nameOnly(int[] levels) {
        for (CompanyFeature f : CompanyFeature.ALL) {
            if (f != CompanyFeature.NAME && levels[f.ordinal()] >= 1) {
                return false;
            }
        }
        return true;
    }

    public List<CompanyRecord> records() {
        return records;
    }

    public CandidatePairs candidates() {
        return candidates;
    }

    public FellegiSunter model() {
        return model;
    }

    /** The matched pairs as {@code i << 32 | j} (see {@link CandidatePairs#left}), in pair order. */
    public long[] matchedPairs() {
        return matches.stream().mapToLong(m -> m[0]).toArray();
    }

    public List<List<Integer>> identities() {
        return identities;
    }

    private static String firstWordSound(String name) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        if (first.length() < 2) {
            return "";
        }
        String code = METAPHONE.doubleMetaphone(first);
        return code == null ? "" : code;
    }

    private static String join(String a, String b) {
        return a.isEmpty() || b.isEmpty() ? "" : a + "|" + b;
    }

    private static BlockingRule<CompanyRecord> rule(String name, java.util.function.Function<CompanyRecord, String> key) {
        return new BlockingRule<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String of(CompanyRecord record) {
                return key.apply(record);
            }
        };
    }
}
