package nl.gedeeldbeeld.app.resolution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.app.policy.TraceIds;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.JudgementLedger;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.store.AuditedWrites;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.decision.SharingRoutes;
import nl.gedeeldbeeld.resolve.BlockingKey;
import nl.gedeeldbeeld.resolve.CandidatePairs;
import nl.gedeeldbeeld.resolve.Judgements;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.Resolution;
import nl.gedeeldbeeld.resolve.ResolutionProgress;
import nl.gedeeldbeeld.store.StatementStore;

/**
 * Entity resolution over what is in the store (entiteitresolutie): reads every Person, compares the pairs
 * the sharing policy lets be compared ({@link SharingRoutes#anyRoute}), and records the model's judgements
 * in the ledger: MATCH from {@link #UPPER}, UNSURE (the review queue) from {@link #LOWER}. Running again on
 * an unchanged store records nothing: a model judgement is appended only when it differs from the model's
 * latest on that pair, and a pair the model no longer proposes gets a model NO_MATCH, which withdraws the
 * model's link but never overrules a person. People's judgements are never touched.
 *
 * <p>The thresholds are probabilities of the fitted model: 0.9 keeps precision on the synthetic world at
 * the level measured in docs/benchmarks.md, and pairs from 0.2 are worth a reviewer's look.
 */
public final class StoreResolution {
    public static final double UPPER = 0.9;
    public static final double LOWER = 0.2;
    static final int MAX_BLOCK = 500;
    static final String PROCESSING_ACTIVITY = "entiteitresolutie";

    private final StatementStore store;
    private final JudgementLedger ledger;
    private final SharingRoutes routes;
    private final SchemaRegistry schemas;
    private final AuditedWrites audited;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * The run's STARTED event is appended directly (an intent, before anything is written); the judgements it
     * records and its COMPLETED event commit in one transaction through {@code audited}.
     */
    public StoreResolution(StatementStore store, JudgementLedger ledger, PolicyCatalogue catalogue, SchemaRegistry schemas,
                           AuditedWrites audited, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.routes = new SharingRoutes(catalogue);
        this.schemas = schemas;
        this.audited = audited;
        this.audit = audited.log();
        this.clock = clock;
    }

    /** What one run did. */
    public record Summary(int records, long candidates, long outOfScope, double reductionRatio, long matches, long unsure,
                          int appended, int identities, Map<String, Long> pairsPerKey) {
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%d persons, %d candidate pairs (reduction ratio %.5f; %d pairs out of"
                            + " scope of the sharing policy), %d matches, %d for review, %d judgements recorded, %d identities",
                    records, candidates, reductionRatio, outOfScope, matches, unsure, appended, identities);
        }
    }

    public Summary run(String actor, ResolutionProgress progress) {
        Instant now = clock.instant();
        String trace = TraceIds.fresh();
        auditEvent(trace, actor, now, "STARTED", "entity resolution of the persons in the store");
        progress.report("reading", 0, 1);
        List<StoredPerson> persons = StoredPersons.read(store, schemas);
        progress.report("reading", 1, 1);
        List<PersonRecord> records = persons.stream().map(StoredPerson::record).toList();
        CandidatePairs candidates = CandidatePairs.of(records, BlockingKey.persons(), MAX_BLOCK)
                .within(scope(persons, PolicyDecisionPoint.dateOf(now)));
        Resolution r = Resolution.run(records, candidates, UPPER, progress);
        List<Judgement> proposed = r.modelJudgements(LOWER, UPPER, now);
        List<Judgement> history = ledger.all();
        List<Judgement> changes = changes(history, proposed, now);
        List<Judgement> after = new ArrayList<>(history);
        after.addAll(changes);
        int identities = Judgements.of(after).identities(records.stream().map(PersonRecord::id).toList()).size();
        long matches = proposed.stream().filter(j -> j.verdict() == Verdict.MATCH).count();
        Summary summary = new Summary(records.size(), candidates.size(), candidates.outOfScope(), candidates.reductionRatio(),
                matches, proposed.size() - matches, changes.size(), identities, candidates.pairsPerKey());
        audited.write("recording model judgements", () -> ledger.append(changes),
                List.of(record(trace, actor, clock.instant(), "COMPLETED", summary.describe())));
        return summary;
    }

    /**
     * Which pairs may be compared: records of one partner always; records of two partners when one of them
     * could lawfully learn of the other's (asked once per combination of partner and regime).
     */
    private CandidatePairs.Scope scope(List<StoredPerson> persons, LocalDate on) {
        Map<String, Boolean> answers = new HashMap<>();
        return (left, right) -> {
            StoredPerson a = persons.get(left);
            StoredPerson b = persons.get(right);
            if (a.partner().equals(b.partner())) {
                return true;
            }
            String key = a.partner() + '\u001f' + a.regime() + '\u001f' + b.partner() + '\u001f' + b.regime();
            return answers.computeIfAbsent(key, k -> routes.anyRoute(a.partner(), a.regime(), "Person", b.partner(), on)
                    || routes.anyRoute(b.partner(), b.regime(), "Person", a.partner(), on));
        };
    }

    /** The model judgements that differ from the model's latest per pair, and withdrawals of what it no longer proposes. */
    static List<Judgement> changes(List<Judgement> history, List<Judgement> proposed, Instant now) {
        Map<String, Judgement> latestModel = new java.util.LinkedHashMap<>();
        for (Judgement j : history) {
            if (!j.human()) {
                latestModel.put(j.pairKey(), j);
            }
        }
        List<Judgement> out = new ArrayList<>();
        Set<String> stillProposed = new HashSet<>();
        for (Judgement j : proposed) {
            stillProposed.add(j.pairKey());
            Judgement before = latestModel.get(j.pairKey());
            if (before == null || before.verdict() != j.verdict() || Math.abs(before.score() - j.score()) > 1e-9) {
                out.add(j);
            }
        }
        for (Judgement before : latestModel.values()) {
            if (before.verdict() != Verdict.NO_MATCH && !stillProposed.contains(before.pairKey())) {
                out.add(new Judgement(before.left(), before.right(), Verdict.NO_MATCH, Resolution.MODEL, false, now, Double.NaN,
                        Optional.of("no longer proposed by the model (score below " + LOWER + " or pair out of scope)")));
            }
        }
        return out;
    }

    private void auditEvent(String trace, String actor, Instant at, String decision, String detail) {
        audit.append(record(trace, actor, at, decision, detail));
    }

    private static AuditRecord record(String trace, String actor, Instant at, String decision, String detail) {
        return new AuditRecord(at, trace, "entity-resolution", PROCESSING_ACTIVITY, actor, "", "",
                "sharing agreements of the policy catalogue (matching scope)", AuditAction.WRITE, List.of("Person"), decision,
                detail);
    }
}
