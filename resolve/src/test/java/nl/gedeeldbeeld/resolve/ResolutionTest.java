package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.Verdict;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    private static List<PersonRecord> world(List<int[]> truth) {
        return ResolutionTestData.world(truth);
    }

    @Test
    void plantedDuplicatesAreFoundAndEachScoreExplainsItself() {
        List<int[]> truth = new ArrayList<>();
        List<PersonRecord> records = world(truth);

        Resolution r = Resolution.run(records, BlockingKey.persons(), 500, 0.5);

        assertThat(r.candidates().reductionRatio()).isGreaterThan(0.9);
        assertThat(r.candidates().pairsPerKey().keySet()).as("reported in key order")
                .containsExactlyElementsOf(BlockingKey.persons().stream().map(BlockingKey::name).toList());
        assertThat(r.candidates().pairsPerKey().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(r.candidates().size());
        long found = truth.stream().filter(t -> r.matches().stream().anyMatch(m -> m.left() == t[0] && m.right() == t[1])).count();
        assertThat(found).as("recall of planted duplicates").isGreaterThanOrEqualTo(truth.size() - 2);
        assertThat(r.matches()).as("precision: every match is planted").allMatch(m ->
                truth.stream().anyMatch(t -> t[0] == m.left() && t[1] == m.right()));
        Resolution.ScoredPair best = r.matches().get(0);
        var contributions = r.model().explain(best.levels());
        assertThat(contributions).hasSize(Feature.values().length);
        assertThat(contributions.stream().mapToDouble(FellegiSunter.Contribution::weight).sum())
                .isCloseTo(best.weight(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.model().m(Feature.BIRTH_DATE, 3)).as("matches share birth dates").isGreaterThan(r.model().u(Feature.BIRTH_DATE, 3));
    }

    @Test
    void theModelJudgesConfidentPairsAndQueuesTheDoubtfulOnesAsJudgementsOverRecordIds() {
        List<int[]> truth = new ArrayList<>();
        List<PersonRecord> records = world(truth);
        Resolution r = Resolution.run(records, BlockingKey.persons(), 500, 0.5);

        List<Judgement> judged = r.modelJudgements(0.2, 0.9, java.time.Instant.EPOCH);
        assertThat(judged).allMatch(j -> !j.human() && j.by().equals(Resolution.MODEL));
        assertThat(judged).filteredOn(j -> j.verdict() == Verdict.MATCH).allMatch(j -> j.score() >= 0.9);
        assertThat(judged).filteredOn(j -> j.verdict() == Verdict.UNSURE).allMatch(j -> j.score() >= 0.2 && j.score() < 0.9);
        Judgements all = new Judgements();
        judged.forEach(all::add);
        List<List<String>> identities = all.identities(records.stream().map(PersonRecord::id).toList());
        assertThat(identities).allMatch(group -> group.size() == 2 && group.get(1).equals(group.get(0) + "d"));
    }

    @Test
    void twoPeopleAtOneAddressAreNeverAMatchWhateverTheAddressWeighs() {
        PersonRecord mother = new PersonRecord("m", "anna", "de vries", "19700101", "12", "kerkstraat", "rotterdam", "3011ab", "");
        PersonRecord son = new PersonRecord("s", "daan", "de vries", "19990505", "12", "kerkstraat", "rotterdam", "3011ab", "");
        PersonRecord again = new PersonRecord("a", "anna", "de vries", "", "12", "kerkstraat", "rotterdam", "3011ab", "");
        assertThat(PairScorer.personEvidence(ComparisonPattern.levels(ComparisonPattern.of(mother, son)))).isFalse();
        assertThat(PairScorer.personEvidence(ComparisonPattern.levels(ComparisonPattern.of(mother, again)))).isTrue();
    }

    @Test
    void matchedPairsFormIdentitiesTransitively() {
        Clusters clusters = new Clusters(5);
        clusters.link(0, 3);
        clusters.link(3, 4);
        clusters.link(1, 2);
        assertThat(clusters.groups()).containsExactly(List.of(0, 3, 4), List.of(1, 2));
    }
}
