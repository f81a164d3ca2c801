package nl.gedeeldbeeld.store.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AllowedSlices;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.registers.AlertTrigger;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.store.EntityChecks;
import nl.gedeeldbeeld.store.Storage;
import nl.gedeeldbeeld.store.VisibleStatements;
import nl.gedeeldbeeld.store.search.SearchAccess;
import nl.gedeeldbeeld.store.search.SearchFilter;
import nl.gedeeldbeeld.store.search.SearchHit;
import nl.gedeeldbeeld.store.search.SearchIndex;
import nl.gedeeldbeeld.store.search.SearchQuery;
import nl.gedeeldbeeld.store.search.SearchResult;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

/**
 * The only way a request reads entity data. Every method takes the request's {@link AccessContext} (one
 * user, organisation and declared purpose), pushes the policy into the query (SQL and Lucene), alerts the
 * owners of protected entities it touches, and writes one audit event before it returns. The raw
 * {@link nl.gedeeldbeeld.store.StatementStore} stays for imports, index rebuilds and retention, which are
 * writes with their own audit; nothing that answers a user goes around this class.
 */
public final class EntityAccess {
    private final Storage storage;
    private final PolicyDecisionPoint decisions;
    private final PolicyRegisters registers;
    private final ProtectionWatch watch;
    private final ReadAudit audit;
    private final SchemaRegistry schemas;
    private final ProtectionCovers covers;
    /**
     * Slices whose analysis reads are kept ({@link SliceProjections}), each with every schema set it asked for;
     * the JVM property {@code gb.projection-slices} sets it (0 turns the cache off).
     */
    static final int PROJECTION_SLICES = Integer.getInteger("gb.projection-slices", 3);
    private final SliceProjections projections = new SliceProjections(PROJECTION_SLICES);
    /** Per organisation (a handful: the catalogue's partners), the registers' sets its searches filter on. */
    private final Map<String, OrganisationSets> organisationSets = new ConcurrentHashMap<>();

    public EntityAccess(Storage storage, PolicyDecisionPoint decisions, PolicyRegisters registers, ProtectionWatch watch,
                        AuditLog auditLog, SchemaRegistry schemas, Clock clock) {
        this(storage, decisions, registers, watch, auditLog, schemas, clock,
                new ProtectionCovers(storage.store(), registers, schemas, clock));
    }

    /**
     * With the protection register the decision point was built with, so that its {@code decide()} and this
     * class's reads agree on what the flags cover.
     */
    EntityAccess(Storage storage, PolicyDecisionPoint decisions, PolicyRegisters registers, ProtectionWatch watch,
                 AuditLog auditLog, SchemaRegistry schemas, Clock clock, ProtectionCovers covers) {
        this.covers = Objects.requireNonNull(covers, "covers");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.registers = Objects.requireNonNull(registers, "registers");
        this.watch = Objects.requireNonNull(watch, "watch");
        this.audit = new ReadAudit(decisions, auditLog, clock);
        this.schemas = Objects.requireNonNull(schemas, "schemas");
    }

    public PolicyDecisionPoint decisions() {
        return decisions;
    }

    /** The entity as the request may see it; empty when it may see nothing of it (or it does not exist). */
    public Optional<EntityProfile> profile(AccessContext ctx, String entityId) {
        AllowedSlices slices = decisions.allowedSlices(ctx);
        RequestChecks checks = checks(ctx, slices);
        watch.touched(ctx, List.of(entityId), AlertTrigger.LOOKUP, checks);
        VisibleStatements visible = visible(slices, checks, List.of(entityId));
        audit.read(ctx, "entity-profile", List.of(entityId), "profile", slices, checks, visible);
        return view(entityId, visible).map(v -> new EntityProfile(v, visible.redactedOf(entityId)));
    }

    /**
     * The entity a record of {@code dataset} with this source id (a BVH number, plate, IBAN …) became, when
     * the request may see it and the source key itself: only the organisation that supplied that record (see
     * {@link #withoutForeignSourceKeys}). Anyone else gets empty, exactly as for a source id that was never
     * imported, so the lookup cannot serve to test whether a partner knows a plate or an account. The id is
     * computed with the store's key; the audit names it, never the source id.
     */
    public Optional<EntityProfile> bySourceId(AccessContext ctx, String dataset, String sourceId) {
        String entityId = storage.store().entityIds().id(dataset, sourceId);
        AllowedSlices slices = decisions.allowedSlices(ctx);
        RequestChecks checks = checks(ctx, slices);
        watch.touched(ctx, List.of(entityId), AlertTrigger.LOOKUP, checks);
        VisibleStatements visible = visible(slices, checks, List.of(entityId));
        boolean supplied = visible.statementsOf(entityId).stream().anyMatch(st -> st.isIdStatement()
                && st.provenance().dataset().equals(dataset) && st.provenance().partner().equals(slices.organisation()));
        VisibleStatements answered = supplied ? visible : VisibleStatements.none();
        audit.read(ctx, "entity-by-source-id", List.of(entityId), "lookup by source id in " + dataset, slices, checks,
                answered);
        return supplied ? view(entityId, visible).map(v -> new EntityProfile(v, visible.redactedOf(entityId)))
                : Optional.empty();
    }

    /**
     * A page of entities matching the text that the request may see; the total counts only those. The
     * audit records a hash of the text, not the text: a search term is often a name, and the log must not
     * become a register of names, yet "did anyone search for X" stays answerable by hashing X.
     */
    public SearchPage search(AccessContext ctx, String text, Set<String> schemata, SearchFilter narrowing, int offset,
                             int limit) {
        // Read before anything the answer is computed from: the cover and the registers' sets kept at this
        // generation are reused only while no write has committed since (none are kept inside a write).
        OptionalLong generation = storage.store().generationToKeep();
        AllowedSlices slices = decisions.allowedSlices(ctx);
        String org = ctx.organisation().code();
        RequestChecks checks = RequestChecks.of(decisions, ctx, registers, slices, covers.at(generation));
        OrganisationSets sets = organisationSets(org, generation);
        // Flagged entities and what they cover for this viewer (links to them, the same address under another
        // id) leave the Lucene filter as one set, so hits, total and facets are right by construction.
        SearchAccess access = SearchAccess.of(slices, sets.jointCase(), sets.confirmedHits(),
                checks.cover().hiddenFrom(org));
        SearchIndex.WatchedSearch searched = storage.index().searchWatching(SearchQuery.of(text, access)
                .withSchemata(schemata).withFilter(narrowing).page(offset, limit),
                checks.cover().isEmpty() ? Set.of() : checks.cover().all());
        SearchResult result = searched.result();
        List<String> ids = result.hits().stream().map(SearchHit::entityId).toList();
        VisibleStatements visible = visible(slices, checks, ids);
        List<FoundEntity> hits = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            String caption = view(hit.entityId(), visible).map(EntityView::caption).orElse(hit.entityId());
            hits.add(new FoundEntity(hit.entityId(), hit.schema(), caption, hit.score(), hit.matchedField(), hit.datasets()));
        }
        if (!searched.watchedMatches().isEmpty()) {
            watch.touched(ctx, searched.watchedMatches(), AlertTrigger.SEARCH_HIT, checks);
        }
        audit.read(ctx, "search", ids, "search q#" + textHash(text) + " total=" + result.total() + " offset=" + offset,
                slices, checks, visible);
        return new SearchPage(hits, result.total(), result.facets());
    }

    /** The registers' entity sets a search of this organisation filters on, as read at a write generation. */
    private record OrganisationSets(long generation, Set<String> jointCase, Set<String> confirmedHits) {
    }

    /**
     * Kept per organisation while the write generation stands (joint cases and hits are store writes that move
     * it): two queries per search less. Inside a write's open transaction (no generation) read afresh, not kept.
     */
    private OrganisationSets organisationSets(String organisation, OptionalLong generation) {
        OrganisationSets known = organisationSets.get(organisation);
        if (generation.isPresent() && known != null && known.generation() == generation.getAsLong()) {
            return known;
        }
        OrganisationSets read = new OrganisationSets(generation.orElse(-1),
                Set.copyOf(registers.jointCaseEntities(organisation)), Set.copyOf(registers.confirmedHitEntities(organisation)));
        if (generation.isPresent()) {
            organisationSets.put(organisation, read);
        }
        return read;
    }

    /**
     * The visible entities one step from the centre: through link entities (Ownership, Payment …) that refer
     * to it, and through references either way. A centre the request may not see has no neighbours for it:
     * answering otherwise would reveal that it exists. Candidates are found on the raw store, but only ids
     * whose statements pass the policy come back.
     */
    public Neighbourhood neighbours(AccessContext ctx, String centreId) {
        AllowedSlices slices = decisions.allowedSlices(ctx);
        RequestChecks checks = checks(ctx, slices);
        VisibleStatements centre = visible(slices, checks, List.of(centreId));
        Optional<EntityView> centreView = view(centreId, centre);
        if (centreView.isEmpty()) {
            watch.touched(ctx, List.of(centreId), AlertTrigger.NETWORK_EXPANSION, checks);
            audit.read(ctx, "network-neighbours", List.of(centreId), "neighbours", slices, checks, centre);
            return new Neighbourhood(centreId, List.of());
        }
        Map<String, Neighbour> found = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>(references(centreView.get(), centreId));
        List<String> referrers = storage.store().entitiesWithValue(centreId).stream().filter(id -> !id.equals(centreId)).toList();
        VisibleStatements linkStatements = visible(slices, checks, referrers);
        alertSuppressed(ctx, slices, checks, referrers, AlertTrigger.NETWORK_EXPANSION);
        for (String referrer : linkStatements.statements().keySet()) {
            EntityView link = view(referrer, linkStatements).orElseThrow();
            boolean refersToCentre = references(link, centreId).stream().anyMatch(l -> l.target().equals(centreId));
            if (!refersToCentre) {
                continue; // the matching value was not visible, or not a reference
            }
            boolean edge = schemas.schema(link.schema()).map(Schema::isEdge).orElse(false);
            if (edge) {
                references(link, referrer).stream().filter(l -> !l.target().equals(centreId)).forEach(links::add);
            } else {
                links.add(new Link(referrer, link.id(), link.schema(), "(verwijzing)"));
            }
        }
        Set<String> candidates = new LinkedHashSet<>();
        links.forEach(l -> candidates.add(l.target()));
        watch.touched(ctx, candidates, AlertTrigger.NETWORK_EXPANSION, checks);
        VisibleStatements targets = visible(slices, checks, candidates);
        for (Link l : links) {
            view(l.target(), targets).ifPresent(v -> found.putIfAbsent(l.target() + "\u001f" + l.viaId(),
                    new Neighbour(v.id(), v.schema(), v.caption(), l.viaId(), l.viaSchema(), l.property())));
        }
        Set<String> returned = new LinkedHashSet<>();
        returned.add(centreId);
        found.values().forEach(n -> {
            returned.add(n.viaEntityId());
            returned.add(n.entityId());
        });
        audit.read(ctx, "network-neighbours", returned, "neighbours of " + centreId + " n=" + found.size(), slices, checks,
                merge(centre, linkStatements, targets, returned));
        return new Neighbourhood(centreId, List.copyOf(found.values()));
    }

    /**
     * The visible statements of these entities, for work that needs values rather than views (exports,
     * analytics inputs); audited under the given processing step.
     */
    public VisibleStatements statements(AccessContext ctx, Collection<String> entityIds, String activity) {
        AllowedSlices slices = decisions.allowedSlices(ctx);
        RequestChecks checks = checks(ctx, slices);
        VisibleStatements visible = visible(slices, checks, entityIds);
        alertSuppressed(ctx, slices, checks, entityIds,
                activity.endsWith("-view") ? AlertTrigger.NETWORK_EXPANSION : AlertTrigger.LOOKUP);
        audit.read(ctx, activity, visible.entityIds(), activity + " n=" + visible.entityIds().size(), slices, checks,
                visible);
        return visible;
    }

    /**
     * What the request may see of every entity of these schemata: the input of an analysis view (network, money
     * flows, ownership, map). The same answer, audit event and protection alerts as {@link #statements} on the
     * store's entities of those schemata, but the policy-filtered read is kept per slice
     * ({@link SliceProjections}) and reused until a write changes the store; the audit event (which ids this
     * request saw, per rule and agreement) is written for every request, cached or not.
     */
    public VisibleStatements statementsOfSchemata(AccessContext ctx, Set<String> schemata, String activity) {
        // Read before anything the answer is computed from (the protection cover below included): a write
        // committed after this moment makes the entry outdated, never current. Inside a write's open transaction
        // there is none: the read is made afresh and nothing is kept.
        OptionalLong generation = storage.store().generationToKeep();
        AllowedSlices slices = decisions.allowedSlices(ctx);
        // The cover of this generation: the same as a fresh one (flags and statements move the generation).
        RequestChecks checks = RequestChecks.of(decisions, ctx, registers, slices, covers.at(generation));
        SliceProjections.Key key = new SliceProjections.Key(slices, ctx.user(), schemata);
        SliceProjections.Projection projection = generation.isPresent()
                ? projections.get(key, generation.getAsLong()).orElse(null) : null;
        if (projection == null) {
            List<String> candidates = storage.store().entitiesOfSchemata(schemata);
            // A kept read of more schemata of this slice and generation holds this read already (the map's parties and
            // addresses, the money screens' accounts and payments are all in the network set): only the much cheaper
            // candidate list is asked of the store then, and no statement is read twice.
            Optional<SliceProjections.Projection> wider = generation.isPresent()
                    ? projections.wider(key, generation.getAsLong()) : Optional.empty();
            VisibleStatements visible = wider
                    .map(w -> w.visible().restrictedTo(new java.util.HashSet<>(candidates)))
                    .orElseGet(() -> visible(slices, checks, candidates));
            projection = new SliceProjections.Projection(generation.orElse(-1), visible,
                    audit.summarise(ctx, slices, checks, visible), audit.named(visible.entityIds()),
                    suppressed(slices, checks, candidates));
            if (generation.isPresent()) {
                projections.put(key, projection);
            }
        }
        VisibleStatements visible = projection.visible();
        if (!projection.suppressed().isEmpty()) {
            watch.touched(ctx, projection.suppressed(), activity.endsWith("-view") ? AlertTrigger.NETWORK_EXPANSION
                    : AlertTrigger.LOOKUP, checks);
        }
        audit.write(ctx, activity, projection.audited(), activity + " n=" + projection.audited().count(), visible,
                projection.auditSummary());
        return visible;
    }

    /**
     * Which of these entities the request may see now (at least one statement of it), for lists that name
     * entities rather than show them: an organisation's export requests, judgements waiting for consent.
     * Such a list is shared by people of one organisation under different purposes, so it may name an entity
     * only to whom may see it; audited as a read of the ids it lets through. No protection alert: the list
     * names what someone else already asked for, it does not look anything up.
     */
    public Set<String> visibleIds(AccessContext ctx, Collection<String> entityIds, String activity) {
        AllowedSlices slices = decisions.allowedSlices(ctx);
        RequestChecks checks = checks(ctx, slices);
        VisibleStatements visible = visible(slices, checks, new LinkedHashSet<>(entityIds));
        audit.read(ctx, activity, visible.entityIds(), activity + " n=" + visible.entityIds().size(), slices, checks,
                visible);
        return Set.copyOf(visible.entityIds());
    }

    /**
     * Alerts the owners of flags that hid something from this read: the protected or covered entities among
     * these of which the request would have seen a statement but for the protection. A bulk read (a network
     * view names every entity of its schemata) alerts only where the protection took something away, not for
     * every flag in the store; a direct lookup ({@link #profile}) alerts whatever it would have seen.
     */
    private void alertSuppressed(AccessContext ctx, AllowedSlices slices, RequestChecks checks, Collection<String> ids,
                                 AlertTrigger trigger) {
        Set<String> wouldSee = suppressed(slices, checks, ids);
        if (!wouldSee.isEmpty()) {
            watch.touched(ctx, wouldSee, trigger, checks);
        }
    }

    /** The protected or covered entities among these of which the request would have seen a statement but for the protection. */
    private Set<String> suppressed(AllowedSlices slices, RequestChecks checks, Collection<String> ids) {
        Set<String> covered = checks.cover().among(ids);
        if (covered.isEmpty()) {
            return Set.of();
        }
        EntityChecks unprotected = new EntityChecks() {
            @Override
            public boolean isProtected(String entityId) {
                return false;
            }

            @Override
            public java.util.function.Predicate<nl.gedeeldbeeld.policy.Condition> conditionsFor(String entityId) {
                return checks.conditionsFor(entityId);
            }
        };
        // Never returned: only which entities the protection took something from.
        return storage.store().policyFilteredReads().visibleStatementsOf(slices, unprotected, covered).entityIds();
    }

    /** Alerts the owners of the flags on or covering these entities (an export names them). */
    void touched(AccessContext ctx, Collection<String> entityIds, AlertTrigger trigger) {
        AllowedSlices slices = decisions.allowedSlices(ctx);
        watch.touched(ctx, entityIds, trigger, checks(ctx, slices));
    }

    /** Visible statements without an audit event; callers audit the request as a whole. */
    VisibleStatements visibleUnaudited(AccessContext ctx, Collection<String> entityIds) {
        AllowedSlices slices = decisions.allowedSlices(ctx);
        return visible(slices, checks(ctx, slices), entityIds);
    }

    private RequestChecks checks(AccessContext ctx, AllowedSlices slices) {
        return RequestChecks.of(decisions, ctx, registers, slices, covers.fresh());
    }

    private VisibleStatements visible(AllowedSlices slices, RequestChecks checks, Collection<String> ids) {
        if (ids.isEmpty()) {
            return VisibleStatements.none();
        }
        VisibleStatements read = storage.store().policyFilteredReads().visibleStatementsOf(slices, checks, ids);
        return withoutForeignSourceKeys(withoutCoveredReferences(read, checks.cover(), slices.organisation()),
                slices.organisation());
    }

    /**
     * An entity that is not itself covered may still name one that is (a person's {@code addressEntity} pointing
     * at a covered address): that reference statement goes, so no profile, export or view leads to the
     * protected thing through it. An entity left with nothing visible is left out, as after any denial.
     */
    private VisibleStatements withoutCoveredReferences(VisibleStatements visible, ProtectionCover cover,
                                                       String organisation) {
        if (cover.isEmpty()) {
            return visible;
        }
        Map<String, List<Statement>> statements = new LinkedHashMap<>();
        Set<String> emptied = new LinkedHashSet<>();
        boolean changed = false;
        for (Map.Entry<String, List<Statement>> e : visible.statements().entrySet()) {
            List<Statement> kept = e.getValue().stream().filter(s -> !cover.hidesReference(s, organisation, schemas)).toList();
            changed |= kept.size() != e.getValue().size();
            if (!kept.isEmpty()) {
                statements.put(e.getKey(), kept);
            } else {
                emptied.add(e.getKey());
            }
        }
        if (!changed) {
            return visible;
        }
        Map<String, List<nl.gedeeldbeeld.store.RedactedProperty>> redacted = new LinkedHashMap<>(visible.redacted());
        redacted.keySet().removeAll(emptied);
        return new VisibleStatements(statements, redacted);
    }

    /**
     * Source keys leave only to the organisation that supplied them. A record's source id (a BVH number, a
     * plate, an IBAN, "adr:3054LM:30") is the original of its {@code id} statement, and a reference's raw
     * target is the original of the reference statement; both are the supplier's registration keys and may
     * hold values the agreements withhold (a house number). No agreement names them as a property, so no
     * other partner is granted them: their original becomes the opaque id. Done here, where every read of
     * the access layer passes (profiles, search captions, neighbours, exports, analytics), so no API, page,
     * export or analysis can return one. Source ids of others stay findable only through
     * {@link #bySourceId}, which needs the key already.
     */
    private VisibleStatements withoutForeignSourceKeys(VisibleStatements visible, String organisation) {
        Map<String, List<Statement>> statements = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, List<Statement>> e : visible.statements().entrySet()) {
            List<Statement> out = new ArrayList<>(e.getValue().size());
            for (Statement s : e.getValue()) {
                if (!s.provenance().partner().equals(organisation) && isSourceKey(s) && !s.originalValue().equals(s.value())) {
                    out.add(new Statement(s.id(), s.entityId(), s.schema(), s.property(), s.value(), s.value(),
                            s.provenance(), s.firstSeen(), s.lastSeen()));
                    changed = true;
                } else {
                    out.add(s);
                }
            }
            statements.put(e.getKey(), out);
        }
        return changed ? new VisibleStatements(statements, visible.redacted()) : visible;
    }

    private boolean isSourceKey(Statement s) {
        if (s.isIdStatement()) {
            return true;
        }
        return schemas.schema(s.schema()).map(schema -> schema.getProperty(s.property()))
                .map(p -> p.getType().isEntity()).orElse(false);
    }

    private Optional<EntityView> view(String id, VisibleStatements visible) {
        List<Statement> statements = visible.statementsOf(id);
        return EntityView.of(id, statements, schemas);
    }

    private record Link(String target, String viaId, String viaSchema, String property) {
    }

    /** The entity references held in a view's visible values. */
    private List<Link> references(EntityView view, String viaId) {
        Optional<Schema> schema = schemas.schema(view.schema());
        if (schema.isEmpty()) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        view.properties().forEach((name, statements) -> {
            Property p = schema.get().getProperty(name);
            if (p != null && p.getRange().isPresent()) {
                statements.stream().map(Statement::value).distinct()
                        .forEach(target -> links.add(new Link(target, viaId, view.schema(), name)));
            }
        });
        return links;
    }

    private static VisibleStatements merge(VisibleStatements centre, VisibleStatements links, VisibleStatements targets,
                                           Set<String> returned) {
        Map<String, List<Statement>> statements = new LinkedHashMap<>();
        Map<String, List<nl.gedeeldbeeld.store.RedactedProperty>> redacted = new LinkedHashMap<>();
        for (VisibleStatements v : List.of(centre, links, targets)) {
            for (String id : v.entityIds()) {
                if (returned.contains(id)) {
                    statements.putIfAbsent(id, v.statementsOf(id));
                    redacted.putIfAbsent(id, v.redactedOf(id));
                }
            }
        }
        return new VisibleStatements(statements, redacted);
    }

    static String textHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
