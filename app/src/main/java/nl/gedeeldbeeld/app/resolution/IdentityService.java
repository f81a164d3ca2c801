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
import nl.gedeeldbeeld.resolve.Judgements;
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
    private final JudgementLedger ledger;
    private final SharingRoutes routes;
    private final PolicyCatalogue catalogue;
    private final SchemaRegistry schemas;
    private final AuditLog audit;
    private final Clock clock;

    public IdentityService(AccessLayer access, StatementStore store, JudgementLedger ledger, PolicyCatalogue catalogue,
                           SchemaRegistry schemas, AuditLog audit, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.routes = new SharingRoutes(catalogue);
        this.schemas = Objects.requireNonNull(schemas, "schemas");
        this.audit = Objects.requireNonNull(audit, "audit");
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

    /** A pair waiting for a person's judgement, with both records as the request sees them. */
    public record ReviewItem(Judgement judgement, Member left, Member right) {
    }

    /** The identity of the entity; empty when the request may not see the entity itself. */
    public Optional<Identity> identity(AccessContext ctx, String entityId) {
        List<String> group = group(entityId);
        VisibleStatements visible = access.entities().statements(ctx, group, "entity-identity");
        if (visible.statementsOf(entityId).isEmpty()) {
            return Optional.empty();
        }
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
            for (Judgement j : part) {
                Optional<Member> left = member(j.left(), visible);
                Optional<Member> right = member(j.right(), visible);
                if (left.isPresent() && right.isPresent() && out.size() < limit) {
                    out.add(new ReviewItem(j, left.get(), right.get()));
                }
            }
        }
        return out;
    }

    /**
     * Records a person's judgement on a pair of records the request sees both of; a record it may not see is
     * reported as not found, exactly like one that does not exist.
     */
    public Judgement judge(AccessContext ctx, String a, String b, Verdict verdict, Optional<String> reason) {
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
        ledger.append(List.of(judgement));
        audit.append(new AuditRecord(judgement.at(), ctx.traceId(), "resolution-judgement",
                ctx.purpose().processingActivity(), ctx.user().id(), ctx.organisation().code(), ctx.purpose().code(),
                ctx.purpose().legalBasis(), AuditAction.WRITE, List.of(judgement.left(), judgement.right()),
                verdict.name(), reason.orElse("")));
        return judgement;
    }

    /** The records of the entity's identity (itself alone when it has none), found by walking the judgements. */
    List<String> group(String entityId) {
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
        return Judgements.of(inOrder).identities(seen).stream().filter(g -> g.contains(entityId)).findFirst()
                .orElse(List.of(entityId));
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
