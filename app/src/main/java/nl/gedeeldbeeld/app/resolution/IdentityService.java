package nl.gedeeldbeeld.app.resolution;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.app.entity.EntityNotFoundException;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.JudgementLedger;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.SharingRoutes;
import nl.gedeeldbeeld.policy.registers.PendingJudgement;
import nl.gedeeldbeeld.policy.registers.PendingJudgements;
import nl.gedeeldbeeld.policy.write.WriteAction;
import nl.gedeeldbeeld.policy.write.WriteDecision;
import nl.gedeeldbeeld.policy.write.WriteRequest;
import nl.gedeeldbeeld.resolve.ComparisonPattern;
import nl.gedeeldbeeld.resolve.Feature;
import nl.gedeeldbeeld.resolve.Judgements;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.PersonRecords;
import nl.gedeeldbeeld.store.StatementStore;
import nl.gedeeldbeeld.store.VisibleStatements;
import nl.gedeeldbeeld.store.access.AccessLayer;

/**
 * Resolved identities, the review queue and people's judgements, as one request may see them. An identity
 * is the canonical view over the judgements ({@link Judgements}); of its other records the request sees
 * those its policy lets it see (through the access layer, audited), learns "bekend bij" (known at) the
 * partner of a record it may only learn of by hit/no-hit ({@link SharingRoutes#hitRoute}), and nothing at
 * all of the rest: not their ids, not their number. The review queue and judging are limited to pairs of
 * which the request sees both records, so nobody judges what they may not see.
 */
public final class IdentityService {
    /** Bounds the walk over judgements: one identity of more records than this is an error in the data. */
    static final int MAX_IDENTITY = 2000;

    private final AccessLayer access;
    private final StatementStore store;
    private final JudgementLedger raw;
    private final ConsentedJudgements ledger;
    private final PendingJudgements pending;
    private final SharingRoutes routes;
    private final PolicyCatalogue catalogue;
    private final SchemaRegistry schemas;
    private final Clock clock;

    public IdentityService(AccessLayer access, StatementStore store, JudgementLedger ledger, PendingJudgements pending,
                           PolicyCatalogue catalogue, SchemaRegistry schemas, AuditLog audit, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.store = Objects.requireNonNull(store, "store");
        this.raw = Objects.requireNonNull(ledger, "ledger");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.ledger = new ConsentedJudgements(ledger, pending, store, catalogue);
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.routes = new SharingRoutes(catalogue);
        this.schemas = Objects.requireNonNull(schemas, "schemas");
        // Judgements and answers commit their events through the access layer's audited writes, so they land in
        // the layer's log; a different log here would be a wiring mistake that splits the record.
        if (Objects.requireNonNull(audit, "audit") != access.audit()) {
            throw new IllegalArgumentException("the identity service writes to the access layer's audit log");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A record of the identity that the request may see. */
    public record Member(String entityId, String schema, String caption, String dataset) {
    }

    /** A partner that knows the identity, named to a request that may only learn that much. */
    public record KnownAt(String organisation, String name) {
    }

    public record Identity(String entityId, List<Member> members, List<KnownAt> knownAt) {
        public Identity {
            members = List.copyOf(members);
            knownAt = List.copyOf(knownAt);
        }
    }

    /**
     * A pair waiting for a person's judgement, with both records as the request sees them and the comparison
     * of their features computed from those visible values only. The judgement carries the model's score and
     * explanation only where the request's organisation supplied both records (it then sees every value the
     * model compared); otherwise both are left out ({@code NaN}, no reason), since the score is a function of
     * every feature's level, those of values withheld from the request included (issue 13, finding 4).
     */
    public record ReviewItem(Judgement judgement, Member left, Member right, List<FeatureLevel> comparison) {
        public ReviewItem {
            comparison = List.copyOf(comparison);
        }
    }

    /**
     * One feature of a pair as the request may compare it: the level (0 disagreement … {@code levels - 1}
     * equal), or empty — "niet beschikbaar" — when either record has no value for it that the request may see
     * (redacted, withheld, or never recorded: the request cannot tell which, and must not).
     */
    public record FeatureLevel(String feature, int levels, Optional<Integer> level) {
        public String shown() {
            return level.map(String::valueOf).orElse("niet beschikbaar");
        }
    }

    /** The identity of the entity; empty when the request may not see the entity itself. */
    public Optional<Identity> identity(AccessContext ctx, String entityId) {
        Walk walk = walk(entityId);
        VisibleStatements visible = access.entities().statements(ctx, walk.records(), "entity-identity");
        if (visible.statementsOf(entityId).isEmpty()) {
            return Optional.empty();
        }
        // A cross-owner judgement counts only where the viewer may see both of its records.
        List<Judgement> usable = walk.judgements().stream().filter(j -> !ledger.crossOwner(j)
                || (!visible.statementsOf(j.left()).isEmpty() && !visible.statementsOf(j.right()).isEmpty())).toList();
        List<String> group = groupOf(entityId, walk.records(), usable);
        List<Member> members = new ArrayList<>();
        Map<String, KnownAt> knownAt = new LinkedHashMap<>();
        for (String id : group) {
            Optional<Member> member = member(id, visible);
            if (member.isPresent()) {
                members.add(member.get());
            } else {
                hitSignal(ctx, id).ifPresent(k -> knownAt.putIfAbsent(k.organisation(), k));
            }
        }
        return Optional.of(new Identity(entityId, members, List.copyOf(knownAt.values())));
    }

    /**
     * The records of the entity's identity that the request may only learn of by a hit and that {@code organisation}
     * holds ("bekend bij"): the records a request for information names to that partner. Empty when the request may
     * not see the entity or the partner is not "bekend bij" for it. The ids never go back to the requester.
     */
    public List<String> hitRecords(AccessContext ctx, String entityId, String organisation) {
        Walk walk = walk(entityId);
        VisibleStatements visible = access.entities().statements(ctx, walk.records(), "information-request");
        if (visible.statementsOf(entityId).isEmpty()) {
            return List.of();
        }
        List<Judgement> usable = walk.judgements().stream().filter(j -> !ledger.crossOwner(j)
                || (!visible.statementsOf(j.left()).isEmpty() && !visible.statementsOf(j.right()).isEmpty())).toList();
        List<String> out = new ArrayList<>();
        for (String id : groupOf(entityId, walk.records(), usable)) {
            if (member(id, visible).isEmpty()
                    && hitSignal(ctx, id).map(k -> k.organisation().equals(organisation)).orElse(false)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    /** The next pairs to judge that the request sees both records of, closest to a coin toss first. */
    public List<ReviewItem> reviewQueue(AccessContext ctx, int limit) {
        List<Judgement> queue = Judgements.of(ledger.all()).reviewQueue();
        List<ReviewItem> out = new ArrayList<>();
        int chunk = Math.max(50, limit * 2);
        for (int from = 0; from < queue.size() && out.size() < limit; from += chunk) {
            List<Judgement> part = queue.subList(from, Math.min(queue.size(), from + chunk));
            Set<String> ids = new HashSet<>();
            part.forEach(j -> {
                ids.add(j.left());
                ids.add(j.right());
            });
            VisibleStatements visible = access.entities().statements(ctx, ids, "resolution-review");
            VisibleStatements addresses = addressesOf(ctx, visible);
            for (Judgement j : part) {
                Optional<Member> left = member(j.left(), visible);
                Optional<Member> right = member(j.right(), visible);
                if (left.isPresent() && right.isPresent() && out.size() < limit) {
                    out.add(new ReviewItem(shownTo(ctx, j), left.get(), right.get(),
                            comparison(record(j.left(), visible, addresses), record(j.right(), visible, addresses))));
                }
            }
        }
        return out;
    }

    /** One property of a pair, with the values of each record the request may see (empty where none). */
    public record PairProperty(String property, List<String> left, List<String> right) {
        public PairProperty {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /**
     * A pair as a person judges it: both records side by side with the values the request may see, each
     * feature compared on those values, every judgement of the pair so far (oldest first, so a reversal shows
     * as a later judgement with another verdict; the model's score and a reason only where the request's
     * organisation supplied both records) and the cross-owner judgements of the pair that the request's
     * organisation proposed or must answer, with the owners they still wait for.
     */
    public record PairReview(Member left, Member right, List<PairProperty> properties, List<FeatureLevel> comparison,
                             List<Judgement> history, List<PendingJudgement> waiting) {
        public PairReview {
            properties = List.copyOf(properties);
            comparison = List.copyOf(comparison);
            history = List.copyOf(history);
            waiting = List.copyOf(waiting);
        }
    }

    /** The pair as the request sees it; empty when it may not see both records (as for records that do not exist). */
    public Optional<PairReview> pair(AccessContext ctx, String a, String b) {
        if (a.equals(b)) {
            throw new UserInputException("a pair is two different records, got '" + a + "' twice");
        }
        VisibleStatements visible = access.entities().statements(ctx, List.of(a, b), "resolution-review");
        Optional<Member> left = member(a, visible);
        Optional<Member> right = member(b, visible);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        VisibleStatements addresses = addressesOf(ctx, visible);
        EntityView l = EntityView.of(a, visible.statementsOf(a), schemas).orElseThrow();
        EntityView r = EntityView.of(b, visible.statementsOf(b), schemas).orElseThrow();
        java.util.SortedSet<String> names = new java.util.TreeSet<>(l.properties().keySet());
        names.addAll(r.properties().keySet());
        List<PairProperty> properties = names.stream().map(n -> new PairProperty(n, l.values(n), r.values(n))).toList();
        String key = Judgement.of(a, b, Verdict.UNSURE, "", false, clock.instant(), Double.NaN, Optional.empty()).pairKey();
        List<Judgement> history = ledger.naming(List.of(a, b)).stream().filter(j -> j.pairKey().equals(key))
                .sorted(java.util.Comparator.comparing(Judgement::at)).map(j -> shownTo(ctx, j)).toList();
        String own = ctx.organisation().code();
        Map<String, PendingJudgement> waiting = new LinkedHashMap<>();
        java.util.stream.Stream.concat(pending.proposedBy(own).stream(), pending.awaiting(own).stream())
                .filter(p -> p.judgement().pairKey().equals(key)).forEach(p -> waiting.putIfAbsent(p.id(), p));
        return Optional.of(new PairReview(left.get(), right.get(), properties,
                comparison(record(a, visible, addresses), record(b, visible, addresses)), history,
                List.copyOf(waiting.values())));
    }

    /** The Address entities the visible persons refer to, as the request may see them (one audited read). */
    private VisibleStatements addressesOf(AccessContext ctx, VisibleStatements persons) {
        Set<String> ids = new HashSet<>();
        persons.statements().values().forEach(list -> list.stream().filter(s -> s.property().equals("addressEntity"))
                .forEach(s -> ids.add(s.value())));
        return ids.isEmpty() ? VisibleStatements.none() : access.entities().statements(ctx, ids, "resolution-review");
    }

    /** The record as the matcher would compare it, built from what the request sees of it and its address. */
    private PersonRecord record(String id, VisibleStatements persons, VisibleStatements addresses) {
        EntityView view = EntityView.of(id, persons.statementsOf(id), schemas).orElseThrow();
        return PersonRecords.of(view, address -> EntityView.of(address, addresses.statementsOf(address), schemas));
    }

    /** Each feature's level on the visible values; a feature missing on either side is not given a level. */
    static List<FeatureLevel> comparison(PersonRecord left, PersonRecord right) {
        List<FeatureLevel> out = new ArrayList<>();
        for (Feature f : ComparisonPattern.features()) {
            int level = f.compare(left, right);
            out.add(new FeatureLevel(f.label(), f.levels(), level == Feature.MISSING ? Optional.empty() : Optional.of(level)));
        }
        return out;
    }

    /**
     * The judgement as the request may see it: with the model's score and explanation (or a person's reason)
     * only when the request's organisation supplied both records, since those were computed, or written, on
     * values it may otherwise not see.
     */
    private Judgement shownTo(AccessContext ctx, Judgement j) {
        String own = ctx.organisation().code();
        boolean ownBoth = List.of(j.left(), j.right()).stream().allMatch(id -> store.partnersOf(id).equals(Set.of(own)));
        if (ownBoth) {
            return j;
        }
        return new Judgement(j.left(), j.right(), j.verdict(), j.by(), j.human(), j.at(), Double.NaN, Optional.empty());
    }

    /**
     * What became of a person's judgement: APPLIED at once (records of the judge's own organisation), or
     * PENDING_CONSENT of the other owners, with the id under which they answer.
     */
    public record Judged(Judgement judgement, String status, Optional<String> pendingId, Set<String> awaitingConsentOf) {
        public Judged {
            awaitingConsentOf = Set.copyOf(awaitingConsentOf);
        }
    }

    /**
     * A record a cross-owner judgement names, as one request may see it: the record itself when the request may
     * see it now, and otherwise only whose record it is — "een record van FIOD": no id, no value. The owner of
     * the other record must know whose record it is asked to be joined with, and nothing more, until it may see
     * it (issue 13, finding 18: the id alone would tell it that FIOD holds a record on its person).
     *
     * @param organisations the partners whose statements the record holds
     */
    public record NamedRecord(Optional<Member> member, Set<String> organisations) {
        public NamedRecord {
            Objects.requireNonNull(member, "member");
            organisations = Set.copyOf(new java.util.TreeSet<>(organisations));
        }

        public String shown() {
            return member.map(Member::caption)
                    .orElse("een record van " + String.join(" en ", new java.util.TreeSet<>(organisations)));
        }
    }

    /**
     * A cross-owner judgement as one request may see it, under the opaque id by which the owner answers: the
     * judge's verdict, name and organisation, both records as {@link NamedRecord}s, the judge's reason only
     * where the request sees both records (it was written on the values of both), and the model's score only
     * where the request's organisation supplied both records.
     */
    public record PendingItem(String id, Verdict verdict, String by, String judgeOrganisation, java.time.Instant at,
                              Optional<Double> score, Optional<String> reason, PendingJudgement.Status status,
                              Set<String> owners, Set<String> awaiting, NamedRecord left, NamedRecord right) {
        public PendingItem {
            owners = Set.copyOf(owners);
            awaiting = Set.copyOf(awaiting);
        }
    }

    /**
     * Records a person's judgement on a pair of records the request sees both of; a record it may not see is
     * reported as not found, exactly like one that does not exist. Under the write rule JUDGE it applies at
     * once when the judge's organisation owns both records alone, and otherwise waits for the other owners.
     */
    public Judged judge(AccessContext ctx, String a, String b, Verdict verdict, Optional<String> reason) {
        if (a.equals(b)) {
            throw new UserInputException("a judgement is about two different records, got '" + a + "' twice");
        }
        VisibleStatements visible = access.entities().statements(ctx, List.of(a, b), "resolution-judgement");
        for (String id : List.of(a, b)) {
            if (visible.statementsOf(id).isEmpty()) {
                throw new EntityNotFoundException(id);
            }
        }
        double seen = Judgements.of(ledger.naming(List.of(a, b))).decidingFor(a, b).map(Judgement::score).orElse(Double.NaN);
        Judgement judgement = Judgement.of(a, b, verdict, ctx.user().id(), true, clock.instant(), seen, reason);
        Set<String> owners = new java.util.TreeSet<>(store.partnersOf(a));
        owners.addAll(store.partnersOf(b));
        WriteDecision decision = access.writes().check(ctx, WriteRequest.on(WriteAction.JUDGE, owners), List.of(a, b));
        if (decision.outcome() == WriteDecision.Outcome.PENDING_CONSENT) {
            Map<String, Optional<PendingJudgement.Answer>> answers = new LinkedHashMap<>();
            decision.consentFrom().forEach(org -> answers.put(org, Optional.empty()));
            PendingJudgement proposed = new PendingJudgement(java.util.UUID.randomUUID().toString(), judgement,
                    ctx.organisation().code(), answers, PendingJudgement.Status.PENDING);
            access.audited().write("proposing a cross-owner judgement", () -> pending.propose(proposed),
                    List.of(record(ctx, judgement, "PENDING_CONSENT", "judgement " + proposed.id() + " " + verdict
                            + " waits for the consent of " + decision.consentFrom() + " (write rule " + decision.rule() + ")")));
            return new Judged(judgement, "PENDING_CONSENT", Optional.of(proposed.id()), decision.consentFrom());
        }
        access.audited().write("recording a judgement", () -> raw.append(List.of(judgement)),
                List.of(record(ctx, judgement, verdict.name(), reason.orElse("") + " (write rule " + decision.rule() + ")")));
        return new Judged(judgement, "APPLIED", Optional.empty(), Set.of());
    }

    /**
     * The cross-owner judgements waiting for the answer of the request's organisation: the owner is told, but
     * sees of the other records only what it may see now ({@link NamedRecord}).
     */
    public List<PendingItem> pending(AccessContext ctx) {
        return shown(ctx, pending.awaiting(ctx.organisation().code()), "resolution-pending");
    }

    /**
     * The cross-owner judgements the request's organisation proposed, in any status; a colleague under another
     * purpose sees of their records only what it may see now.
     */
    public List<PendingItem> proposed(AccessContext ctx) {
        return shown(ctx, pending.proposedBy(ctx.organisation().code()), "resolution-proposed");
    }

    /** The judgements with their records read through the access layer as this request (one audited read). */
    private List<PendingItem> shown(AccessContext ctx, List<PendingJudgement> judgements, String activity) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        judgements.forEach(p -> {
            ids.add(p.judgement().left());
            ids.add(p.judgement().right());
        });
        VisibleStatements visible = ids.isEmpty() ? VisibleStatements.none()
                : access.entities().statements(ctx, ids, activity);
        Map<String, Set<String>> partners = new java.util.HashMap<>();
        return judgements.stream().map(p -> {
            Judgement j = p.judgement();
            Judgement seen = shownTo(ctx, j);
            NamedRecord left = named(j.left(), visible, partners);
            NamedRecord right = named(j.right(), visible, partners);
            // The judge wrote the reason looking at both records: it may quote values of either.
            Optional<String> reason = left.member().isPresent() && right.member().isPresent() ? j.reason() : Optional.empty();
            return new PendingItem(p.id(), j.verdict(), j.by(), p.judgeOrganisation(), j.at(),
                    Double.isNaN(seen.score()) ? Optional.<Double>empty() : Optional.of(seen.score()), reason,
                    p.status(), p.owners(), p.awaiting(), left, right);
        }).toList();
    }

    private NamedRecord named(String id, VisibleStatements visible, Map<String, Set<String>> partners) {
        return new NamedRecord(member(id, visible), partners.computeIfAbsent(id, store::partnersOf));
    }

    /**
     * The answer of the request's organisation, as an owner of a record the judgement names: consent, or
     * refusal. The last consent applies the judgement (appended to the ledger now); one refusal ends it.
     */
    public PendingItem answer(AccessContext ctx, String pendingId, boolean consent) {
        String own = ctx.organisation().code();
        PendingJudgement p = pending.find(pendingId).filter(x -> x.answers().containsKey(own))
                .orElseThrow(() -> new UserInputException("no judgement " + pendingId + " waits for " + own));
        WriteDecision decision = access.writes().check(ctx, WriteRequest.on(WriteAction.CONSENT_JUDGEMENT, Set.of(own)),
                List.of(p.judgement().left(), p.judgement().right()));
        // The answer, the closing of the judgement and the judgement it applies commit with their event.
        record Answered(PendingJudgement pending, String outcome) {
        }
        Answered done = access.audited().write("answering a cross-owner judgement", () -> {
            if (!pending.answer(pendingId, own, consent, ctx.user().id(), clock.instant())) {
                throw new UserInputException("judgement " + pendingId + " no longer waits for " + own);
            }
            PendingJudgement answered = pending.find(pendingId).orElseThrow();
            String outcome = consent ? "CONSENTED" : "REFUSED";
            if (answered.anyoneRefused() && pending.close(pendingId, PendingJudgement.Status.REFUSED)) {
                outcome = "REFUSED";
            } else if (answered.everyoneConsented() && pending.close(pendingId, PendingJudgement.Status.APPLIED)) {
                Judgement j = answered.judgement();
                raw.append(List.of(new Judgement(j.left(), j.right(), j.verdict(), j.by(), true, clock.instant(), j.score(),
                        j.reason())));
                outcome = "APPLIED";
            }
            return new Answered(answered, outcome);
        }, a -> List.of(record(ctx, a.pending().judgement(), a.outcome(), "judgement " + pendingId + " by "
                + a.pending().judgement().by() + " of " + a.pending().judgeOrganisation() + ": "
                + (consent ? "consent" : "refusal") + " of " + own + " (write rule " + decision.rule() + ")")));
        return shown(ctx, List.of(pending.find(pendingId).orElse(done.pending())), "resolution-pending-answer").get(0);
    }

    private AuditRecord record(AccessContext ctx, Judgement judgement, String decision, String detail) {
        return new AuditRecord(clock.instant(), ctx.traceId(), "resolution-judgement",
                ctx.purpose().processingActivity(), ctx.user().id(), ctx.organisation().code(), ctx.purpose().code(),
                ctx.purpose().legalBasis(), AuditAction.WRITE, List.of(judgement.left(), judgement.right()),
                decision, detail);
    }

    /** The records of the entity's identity (itself alone when it has none), found by walking the judgements. */
    List<String> group(String entityId) {
        Walk walk = walk(entityId);
        return groupOf(entityId, walk.records(), walk.judgements());
    }

    /** The records reachable from an entity over matches, and the judgements found on the way, in order. */
    private record Walk(List<String> records, List<Judgement> judgements) {
    }

    private static List<String> groupOf(String entityId, List<String> records, List<Judgement> judgements) {
        return Judgements.of(judgements).identities(records).stream().filter(g -> g.contains(entityId)).findFirst()
                .orElse(List.of(entityId));
    }

    private Walk walk(String entityId) {
        Set<String> seen = new HashSet<>(Set.of(entityId));
        Deque<String> frontier = new ArrayDeque<>(List.of(entityId));
        // A judgement between a record of this step and one of an earlier step comes back twice.
        Set<Judgement> found = new java.util.LinkedHashSet<>();
        while (!frontier.isEmpty() && seen.size() <= MAX_IDENTITY) {
            List<String> step = new ArrayList<>(frontier);
            frontier.clear();
            for (Judgement j : ledger.naming(step)) {
                if (!found.add(j)) {
                    continue;
                }
                for (String id : List.of(j.left(), j.right())) {
                    if (j.verdict() == Verdict.MATCH && seen.add(id)) {
                        frontier.add(id);
                    }
                }
            }
        }
        List<Judgement> inOrder = new ArrayList<>(found);
        inOrder.sort(java.util.Comparator.comparing(Judgement::at));
        return new Walk(List.copyOf(seen), inOrder);
    }

    private Optional<Member> member(String id, VisibleStatements visible) {
        List<Statement> statements = visible.statementsOf(id);
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        return EntityView.of(id, statements, schemas)
                .map(v -> new Member(id, v.schema(), v.caption(), statements.get(0).provenance().dataset()));
    }

    /** "Known at" the record's partner, when a hit/no-hit route lets the request learn that much. */
    private Optional<KnownAt> hitSignal(AccessContext ctx, String id) {
        List<Statement> raw = store.statementsOf(id);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Statement first = raw.get(0);
        String partner = first.provenance().partner();
        if (!routes.hitRoute(ctx, partner, first.provenance().regime(), first.schema())) {
            return Optional.empty();
        }
        String name = catalogue.organisation(partner).map(o -> o.name()).orElse(partner);
        return Optional.of(new KnownAt(partner, name));
    }
}
