package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.gedeeldbeeld.model.resolution.Judgement;

/**
 * A person's judgement on a pair of records of which another organisation owns at least one (a cross-owner
 * judgement). It has no effect until every other owner consented; then it is appended to the judgement
 * ledger (status APPLIED) and counts only for viewers who may see both records. One refusal ends it
 * (REFUSED), and nothing reaches the ledger.
 *
 * @param judgeOrganisation the organisation of the person who judged
 * @param answers           per owner whose consent is needed: its answer, when it gave one
 */
public record PendingJudgement(String id, Judgement judgement, String judgeOrganisation, Map<String, Optional<Answer>> answers,
                               Status status) {
    public enum Status { PENDING, APPLIED, REFUSED }

    /** One owner's answer. */
    public record Answer(boolean consented, String by, Instant at) {
        public Answer {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    public PendingJudgement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(judgement, "judgement");
        Objects.requireNonNull(judgeOrganisation, "judgeOrganisation");
        answers = Map.copyOf(answers);
        Objects.requireNonNull(status, "status");
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a pending judgement waits for at least one owner");
        }
    }

    /** The owners whose consent it needs. */
    public Set<String> owners() {
        return new TreeSet<>(answers.keySet());
    }

    /** The owners that have not answered yet. */
    public Set<String> awaiting() {
        Set<String> out = new TreeSet<>();
        answers.forEach((org, a) -> {
            if (a.isEmpty()) {
                out.add(org);
            }
        });
        return out;
    }

    public boolean everyoneConsented() {
        return answers.values().stream().allMatch(a -> a.map(Answer::consented).orElse(false));
    }

    public boolean anyoneRefused() {
        return answers.values().stream().anyMatch(a -> a.map(x -> !x.consented()).orElse(false));
    }
}
