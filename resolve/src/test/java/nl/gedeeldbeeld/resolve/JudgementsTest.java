package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.Verdict;
import org.junit.jupiter.api.Test;

class JudgementsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final List<String> RECORDS = List.of("a", "b", "c", "d");

    private static Judgement model(String x, String y, Verdict v, double score) {
        return Judgement.of(x, y, v, Resolution.MODEL, false, T0, score, Optional.empty());
    }

    private static Judgement person(String x, String y, Verdict v, int minutes) {
        return Judgement.of(x, y, v, "analist-politie", true, T0.plusSeconds(60L * minutes), Double.NaN,
                Optional.of("checked the passport copies"));
    }

    @Test
    void aNegativeJudgementSplitsATransitiveChainAtItsWeakestLink() {
        Judgements j = new Judgements();
        j.add(model("a", "b", Verdict.MATCH, 0.99));
        j.add(model("b", "c", Verdict.MATCH, 0.95));
        assertThat(j.identities(RECORDS)).containsExactly(List.of("a", "b", "c"));

        j.add(person("a", "c", Verdict.NO_MATCH, 1));

        assertThat(j.identities(RECORDS)).containsExactly(List.of("a", "b"));
    }

    @Test
    void theModelWithdrawingAMatchOnlyRemovesItsOwnLinkAndNeverSplitsWhatPeopleJoined() {
        Judgements j = Judgements.of(List.of(
                person("a", "b", Verdict.MATCH, 1),
                person("b", "c", Verdict.MATCH, 2),
                model("a", "c", Verdict.NO_MATCH, 0.01),
                model("c", "d", Verdict.MATCH, 0.99)));
        assertThat(j.identities(RECORDS)).containsExactly(List.of("a", "b", "c", "d"));

        j.add(model("c", "d", Verdict.NO_MATCH, 0.02));

        assertThat(j.identities(RECORDS)).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void aHumanJudgementWinsOverTheModelAndJudgingAgainReversesIt() {
        Judgements j = new Judgements();
        j.add(model("a", "b", Verdict.MATCH, 0.97));
        j.add(person("a", "b", Verdict.NO_MATCH, 1));
        j.add(model("a", "b", Verdict.MATCH, 0.99)); // a later model run does not overrule a person
        assertThat(j.identities(RECORDS)).isEmpty();
        assertThat(j.decidingFor("b", "a")).map(Judgement::verdict).contains(Verdict.NO_MATCH);

        j.add(person("a", "b", Verdict.MATCH, 2));

        assertThat(j.identities(RECORDS)).containsExactly(List.of("a", "b"));
        assertThat(j.history()).as("nothing is erased").hasSize(4);
    }

    @Test
    void aHumanMatchIsLinkedBeforeAnyModelMatchSoTheModelsWeakerLinkIsTheOneCut() {
        Judgements j = new Judgements();
        j.add(model("a", "b", Verdict.MATCH, 0.999));
        j.add(person("b", "c", Verdict.MATCH, 1));
        j.add(person("a", "c", Verdict.NO_MATCH, 2));

        assertThat(j.identities(RECORDS)).containsExactly(List.of("b", "c"));
    }

    @Test
    void unsurePairsWaitInTheReviewQueueClosestToACoinTossFirstUntilSomeoneJudges() {
        Judgements j = new Judgements();
        j.add(model("a", "b", Verdict.UNSURE, 0.80));
        j.add(model("c", "d", Verdict.UNSURE, 0.55));
        j.add(model("a", "d", Verdict.MATCH, 0.99));
        assertThat(j.reviewQueue()).extracting(Judgement::pairKey).containsExactly("c|d", "a|b");

        j.add(person("c", "d", Verdict.MATCH, 1));

        assertThat(j.reviewQueue()).extracting(Judgement::pairKey).containsExactly("a|b");
        assertThat(j.identities(RECORDS)).containsExactly(List.of("a", "c", "d"));
    }

    @Test
    void aJudgementNamesTwoDifferentRecords() {
        assertThatThrownBy(() -> Judgement.of("a", "a", Verdict.MATCH, "x", true, T0, 1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
