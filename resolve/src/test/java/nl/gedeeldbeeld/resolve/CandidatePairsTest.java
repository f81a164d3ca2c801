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
}
