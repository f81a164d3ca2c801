package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    private record Rule(String name, Function<String[], String> key) implements BlockingRule<String[]> {
        @Override
        public String of(String[] record) {
            return key.apply(record);
        }
    }

    /** Records of three fields with few distinct values, some empty, so blocks overlap across keys and some are large. */
    private static List<String[]> records(int n, long seed) {
        Random random = new Random(seed);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new String[] {
                    random.nextInt(10) == 0 ? "" : "a" + random.nextInt(40),
                    random.nextInt(5) == 0 ? "" : "b" + random.nextInt(25),
                    i % 7 == 0 ? "common" : "c" + random.nextInt(300)});
        }
        return out;
    }

    private static final List<Rule> KEYS = List.of(
            new Rule("first", r -> r[0]),
            new Rule("first+second", r -> r[0].isEmpty() || r[1].isEmpty() ? "" : r[0] + "|" + r[1]),
            new Rule("second", r -> r[1]),
            new Rule("third", r -> r[2]));

    @Test
    void everyPairSharingABlockWithinTheLimitIsProposedOnceSortedAndCreditedToTheFirstKeyThatFoundIt() {
        List<String[]> records = records(600, 3);
        int maxBlock = 30;

        CandidatePairs candidates = CandidatePairs.of(records, KEYS, maxBlock);

        // The same pairs worked out the slow way: all pairs, each key's blocks counted in full.
        List<Map<String, Integer>> blockSizes = new ArrayList<>();
        for (Rule key : KEYS) {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            records.forEach(r -> sizes.merge(key.of(r), 1, Integer::sum));
            blockSizes.add(sizes);
        }
        TreeSet<Long> expected = new TreeSet<>();
        Map<String, Long> expectedPerKey = new LinkedHashMap<>();
        KEYS.forEach(k -> expectedPerKey.put(k.name(), 0L));
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                for (int k = 0; k < KEYS.size(); k++) {
                    String a = KEYS.get(k).of(records.get(i));
                    if (!a.isEmpty() && a.equals(KEYS.get(k).of(records.get(j))) && blockSizes.get(k).get(a) <= maxBlock) {
                        expected.add(((long) i << 32) | j);
                        expectedPerKey.merge(KEYS.get(k).name(), 1L, Long::sum);
                        break;
                    }
                }
            }
        }
        Map<String, Integer> expectedSkipped = new LinkedHashMap<>();
        for (int k = 0; k < KEYS.size(); k++) {
            expectedSkipped.put(KEYS.get(k).name(), (int) blockSizes.get(k).entrySet().stream()
                    .filter(e -> !e.getKey().isEmpty() && e.getValue() > maxBlock).count());
        }

        assertThat(candidates.pairs()).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
        assertThat(candidates.pairsPerKey()).containsExactlyEntriesOf(expectedPerKey);
        assertThat(candidates.skippedBlocks()).containsExactlyEntriesOf(expectedSkipped);
        assertThat(candidates.skippedBlocks().get("third")).as("the block of 'common' is over the limit").isEqualTo(1);
        assertThat(candidates.pairsPerKey().get("first+second")).as("a narrower key after a wider one adds nothing").isZero();
    }

    @Test
    void noRecordsOrNoSharedKeysGiveNoPairs() {
        assertThat(CandidatePairs.of(List.<String[]>of(), KEYS, 10).size()).isZero();
        List<String[]> apart = List.of(new String[] {"a1", "b1", "c1"}, new String[] {"a2", "b2", "c2"},
                new String[] {"", "", ""});
        CandidatePairs none = CandidatePairs.of(apart, KEYS, 10);
        assertThat(none.size()).isZero();
        assertThat(none.pairsPerKey().values()).containsOnly(0L);
    }

    @Test
    void aScopeKeepsOnlyThePairsItAllowsAndCountsTheRest() {
        CandidatePairs all = CandidatePairs.of(records(300, 9), KEYS, 30);

        CandidatePairs even = all.within((left, right) -> (left + right) % 2 == 0);

        long[] expected = java.util.Arrays.stream(all.pairs())
                .filter(p -> (CandidatePairs.left(p) + CandidatePairs.right(p)) % 2 == 0).toArray();
        assertThat(expected).isNotEmpty();
        assertThat(even.pairs()).containsExactly(expected);
        assertThat(even.outOfScope()).isEqualTo(all.size() - expected.length);
    }

    @Test
    void anySliceOfThePairsVisitsThosePairsInOrderWithTheirIndexes() {
        CandidatePairs candidates = CandidatePairs.of(records(400, 21), KEYS, 30);
        long[] pairs = candidates.pairs();
        assertThat(pairs.length).isGreaterThan(100);
        Random random = new Random(1);
        for (int round = 0; round < 50; round++) {
            int from = random.nextInt(pairs.length);
            int to = from + random.nextInt(pairs.length - from + 1);
            List<Long> seen = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            candidates.forEach(from, to, (p, left, right) -> {
                indexes.add(p);
                seen.add(((long) left << 32) | right);
            });
            assertThat(indexes).containsExactlyElementsOf(java.util.stream.IntStream.range(from, to).boxed().toList());
            assertThat(seen).containsExactlyElementsOf(java.util.Arrays.stream(pairs, from, to).boxed().toList());
        }
    }
}
