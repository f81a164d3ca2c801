package nl.gedeeldbeeld.analytics.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.gedeeldbeeld.analytics.graph.GraphBuilder;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import tech.followthemoney.model.Edge;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

/**
 * Builds a {@link GraphView} of parties (persons, companies, organisations) from the entities a caller may
 * see. The caller hands in only policy-filtered entities; this class never reads a store, so a view cannot
 * hold more than its caller's access allowed.
 *
 * <p>Two sources of edges:
 * <ul>
 *   <li><b>Relationships</b>: FtM edge schemata (Ownership, Directorship, Family, Associate, Membership,
 *       Payment, UnknownLink …) whose two ends are parties. The schema says which properties are its ends.</li>
 *   <li><b>Derived links</b>: parties tied to the same thing: an address (their {@code addressEntity}, or an
 *       edge to an Address), a phone number (equal normalised {@code phone} values), a vehicle or a bank
 *       account (an Ownership or UnknownLink from the party to it, or the thing's own reference to the
 *       party). Every pair of a thing's parties is linked, unless it has more than
 *       {@link GraphViewRequest#maxSharers()} parties.</li>
 * </ul>
 * Nodes are identities: {@code canonical} maps a record id to its identity's id (from entity resolution),
 * so two partners' records of one person become one node and links between them vanish. Repeated
 * evidence between two nodes adds to the edge's weight.
 */
public final class GraphViewBuilder {
    private final SchemaRegistry schemas;
    private final GraphViewRequest request;
    private final Function<String, String> canonical;
    private final Schema legalEntity;
    private final Map<String, EntityView> views = new TreeMap<>();

    public GraphViewBuilder(SchemaRegistry schemas, GraphViewRequest request, Function<String, String> canonical) {
        this.schemas = Objects.requireNonNull(schemas, "schemas");
        this.request = Objects.requireNonNull(request, "request");
        this.canonical = Objects.requireNonNull(canonical, "canonical");
        this.legalEntity = schemas.require("LegalEntity");
        for (String s : request.schemata()) {
            Schema schema = schemas.schema(s).orElseThrow(() -> new nl.gedeeldbeeld.model.UserInputException(
                    "unknown schema '" + s + "' in the view's relationship schemata"));
            if (!schema.isEdge()) {
                throw new nl.gedeeldbeeld.model.UserInputException("schema '" + s
                        + "' is not a relationship; use e.g. Ownership, Directorship, Family, Associate, Payment");
            }
        }
    }

    public GraphViewBuilder add(EntityView view) {
        views.put(view.id(), view);
        return this;
    }

    public GraphView build() {
        Collector out = new Collector();
        Map<String, Roles> roles = roles();
        out.roles = roles;
        for (EntityView v : views.values()) {
            Optional<Schema> schema = schemas.schema(v.schema());
            if (schema.isEmpty()) {
                continue;
            }
            if (schema.get().isEdge()) {
                relationship(v, schema.get(), out);
            } else if (schema.get().isA(legalEntity)) {
                partyAttributes(v, out);
            } else if (DerivedLink.forThing(v.schema()).isPresent()) {
                thingReferences(v, schema.get(), out);
            }
        }
        return out.finish();
    }

    /**
     * Professional roles per party record: a company's own sector; an owner's, director's or employee's
     * company sector; a person's profession; a port access pass.
     */
    private Map<String, Roles> roles() {
        Map<String, Roles> roles = new HashMap<>();
        for (EntityView v : views.values()) {
            switch (v.schema()) {
                case "Ownership" -> companyRole(roles, v, "owner", "asset", "eigenaar van ");
                case "Directorship" -> companyRole(roles, v, "director", "organization", "bestuurder van ");
                case "Employment" -> companyRole(roles, v, "employee", "employer", "werkzaam bij ");
                case "AccessPass" -> v.values("holder").forEach(holder -> roles.computeIfAbsent(holder, k -> new Roles())
                        .add(java.util.EnumSet.of(FacilitatorRole.LOGISTIC), "haventoegangspas "
                                + String.join("/", v.values("passNumber"))));
                default -> {
                    if (isParty(v.id())) {
                        for (String property : List.of("sector", "profession", "position")) {
                            for (String text : v.values(property)) {
                                roles.computeIfAbsent(v.id(), k -> new Roles()).add(FacilitatorRole.fromText(text),
                                        property.equals("sector") ? "sector: " + text : "beroep: " + text);
                            }
                        }
                    }
                }
            }
        }
        roles.values().removeIf(r -> r.roles.isEmpty());
        return roles;
    }

    private void companyRole(Map<String, Roles> roles, EntityView link, String partyProperty, String companyProperty,
                             String how) {
        for (String company : link.values(companyProperty)) {
            EntityView c = views.get(company);
            if (c == null) {
                continue;
            }
            for (String sector : c.values("sector")) {
                Set<FacilitatorRole> found = FacilitatorRole.fromText(sector);
                for (String party : link.values(partyProperty)) {
                    roles.computeIfAbsent(party, k -> new Roles()).add(found, how + c.caption() + " (" + sector + ")");
                }
            }
        }
    }

    /** The roles of one record and why. */
    private static final class Roles {
        final Set<FacilitatorRole> roles = java.util.EnumSet.noneOf(FacilitatorRole.class);
        final List<String> reasons = new ArrayList<>();

        void add(Set<FacilitatorRole> found, String reason) {
            if (!found.isEmpty()) {
                roles.addAll(found);
                reasons.add(reason);
            }
        }
    }

    private boolean isParty(String id) {
        EntityView v = views.get(id);
        return v != null && schemas.schema(v.schema()).map(s -> s.isA(legalEntity)).orElse(false);
    }

    private void relationship(EntityView v, Schema schema, Collector out) {
        Edge edge = schema.getEdge().orElseThrow();
        List<Statement> sources = v.properties().getOrDefault(edge.getSourceProperty().getName(), List.of());
        List<Statement> targets = v.properties().getOrDefault(edge.getTargetProperty().getName(), List.of());
        if (sources.isEmpty() || targets.isEmpty()) {
            return;
        }
        Optional<LocalDate> start = firstDate(v, schema, true);
        Optional<LocalDate> end = firstDate(v, schema, false).or(() -> start);
        if (start.isPresent() && !request.dateInWindow(start.get(), end.orElseThrow())) {
            out.outsideWindow++;
            return;
        }
        for (Statement s : sources) {
            for (Statement t : targets) {
                if (!request.partnerIncluded(s.provenance().partner())) {
                    continue;
                }
                boolean sourceParty = isParty(s.value());
                boolean targetParty = isParty(t.value());
                if (sourceParty && targetParty) {
                    if (request.schemata().isEmpty() || request.schemata().contains(v.schema())) {
                        out.link(v.schema(), v.id(), s.value(), t.value(), describe(v), s, start);
                    }
                } else if (sourceParty != targetParty) {
                    String party = sourceParty ? s.value() : t.value();
                    String thing = sourceParty ? t.value() : s.value();
                    EntityView thingView = views.get(thing);
                    if (thingView != null) {
                        DerivedLink.forThing(thingView.schema()).filter(request.derived()::contains)
                                .ifPresent(kind -> out.share(kind, thing, thingView.caption(), party, s));
                    }
                }
            }
        }
    }

    private void partyAttributes(EntityView v, Collector out) {
        if (request.derived().contains(DerivedLink.SHARED_ADDRESS)) {
            for (Statement s : v.properties().getOrDefault("addressEntity", List.of())) {
                EntityView address = views.get(s.value());
                if (address != null && request.partnerIncluded(s.provenance().partner())) {
                    out.share(DerivedLink.SHARED_ADDRESS, address.id(), address.caption(), v.id(), s);
                }
            }
        }
        if (request.derived().contains(DerivedLink.SHARED_PHONE)) {
            for (Statement s : v.properties().getOrDefault("phone", List.of())) {
                if (request.partnerIncluded(s.provenance().partner())) {
                    out.share(DerivedLink.SHARED_PHONE, "phone:" + s.value(), s.value(), v.id(), s);
                }
            }
        }
    }

    /** A vehicle's {@code owner} or {@code operator}, and any other reference a thing holds to a party. */
    private void thingReferences(EntityView v, Schema schema, Collector out) {
        DerivedLink kind = DerivedLink.forThing(v.schema()).orElseThrow();
        if (!request.derived().contains(kind)) {
            return;
        }
        v.properties().forEach((name, statements) -> {
            Property p = schema.getProperty(name);
            if (p == null || p.getRange().isEmpty()) {
                return;
            }
            for (Statement s : statements) {
                if (isParty(s.value()) && request.partnerIncluded(s.provenance().partner())) {
                    out.share(kind, v.id(), v.caption(), s.value(), s);
                }
            }
        });
    }

    private String describe(EntityView v) {
        List<String> parts = new ArrayList<>();
        for (String property : List.of("role", "relationship", "percentage", "amount", "currency", "purpose")) {
            List<String> values = v.values(property);
            if (!values.isEmpty()) {
                parts.add(property + "=" + String.join("/", values));
            }
        }
        return parts.isEmpty() ? v.schema() : v.schema() + " (" + String.join(", ", parts) + ")";
    }

    private Optional<LocalDate> firstDate(EntityView v, Schema schema, boolean start) {
        if (schema.getTemporalExtent().isEmpty()) {
            return Optional.empty();
        }
        List<Property> properties = start ? schema.getTemporalExtent().get().getStartProperties()
                : schema.getTemporalExtent().get().getEndProperties();
        for (Property p : properties) {
            for (String value : v.values(p.getName())) {
                Optional<LocalDate> date = parseDate(value, start);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** FtM dates may be a year, a month or a day (with a time); a start takes the period's first day. */
    static Optional<LocalDate> parseDate(String value, boolean start) {
        try {
            if (value.length() >= 10) {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            }
            if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                return Optional.of(start ? month.atDay(1) : month.atEndOfMonth());
            }
            if (value.length() == 4) {
                int year = Integer.parseInt(value);
                return Optional.of(start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeParseException | NumberFormatException notADate) {
            // an unparseable date counts as no date: the link stays, and its evidence shows no date
        }
        return Optional.empty();
    }

    /** Gathers edges, evidence and shared things while the views are walked. */
    private final class Collector {
        private final GraphBuilder graph = new GraphBuilder();
        private final List<List<LinkEvidence>> evidence = new ArrayList<>();
        private final Map<String, ViewNodeDraft> nodes = new LinkedHashMap<>();
        private final Map<String, Shared> shared = new TreeMap<>();
        private int outsideWindow;
        private Map<String, Roles> roles = Map.of();

        void link(String kind, String via, String from, String to, String description, Statement s,
                  Optional<LocalDate> date) {
            String a = node(from);
            String b = node(to);
            if (a.equals(b)) {
                return;
            }
            int edge = graph.edge(a, b);
            while (evidence.size() <= edge) {
                evidence.add(new ArrayList<>());
            }
            evidence.get(edge).add(new LinkEvidence(kind, via, from, to, description, s.provenance().partner(),
                    s.provenance().dataset(), s.provenance().regime(), s.provenance().reliability().code(), date));
        }

        void share(DerivedLink kind, String thing, String caption, String party, Statement s) {
            shared.computeIfAbsent(kind.name() + "\u001f" + thing, k -> new Shared(kind, thing, caption))
                    .parties.putIfAbsent(canonical.apply(party), new Member(party, s));
        }

        private String node(String entityId) {
            String id = canonical.apply(entityId);
            ViewNodeDraft draft = nodes.computeIfAbsent(id, k -> new ViewNodeDraft(views.get(entityId)));
            if (draft.members.add(entityId)) {
                if (entityId.equals(id)) {
                    draft.describedBy(views.get(entityId));
                }
                Roles r = roles.get(entityId);
                if (r != null) {
                    draft.roles.addAll(r.roles);
                    draft.roleReasons.addAll(r.reasons);
                }
            }
            return id;
        }

        GraphView finish() {
            List<String> notes = new ArrayList<>();
            int crowded = 0;
            for (Shared thing : shared.values()) {
                if (thing.parties.size() > request.maxSharers()) {
                    crowded++;
                    if (crowded <= 20) {
                        notes.add(thing.kind.dutch() + " '" + thing.caption + "' wordt gedeeld door "
                                + thing.parties.size() + " partijen (meer dan " + request.maxSharers()
                                + "): niet als verband meegenomen");
                    }
                    continue;
                }
                List<Member> members = List.copyOf(thing.parties.values());
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        Member a = members.get(i);
                        Member b = members.get(j);
                        link(thing.kind.name(), thing.id, a.entityId, b.entityId,
                                thing.kind.dutch() + ": " + thing.caption, b.statement, Optional.empty());
                    }
                }
            }
            if (crowded > 20) {
                notes.add("en nog " + (crowded - 20) + " gedeelde zaken met te veel partijen");
            }
            if (outsideWindow > 0) {
                notes.add(outsideWindow + " relaties vallen buiten de gekozen periode");
            }
            var built = graph.build();
            List<ViewNode> viewNodes = new ArrayList<>(built.nodeCount());
            for (int n = 0; n < built.nodeCount(); n++) {
                ViewNodeDraft d = nodes.get(built.label(n));
                viewNodes.add(new ViewNode(built.label(n), d.schema, d.caption, List.copyOf(d.members), d.roles,
                        d.roleReasons));
            }
            while (evidence.size() < built.edgeCount()) {
                evidence.add(new ArrayList<>());
            }
            return new GraphView(built, viewNodes, evidence, notes);
        }
    }

    /** A node's schema and caption come from the record that gives the identity its id, when visible. */
    private static final class ViewNodeDraft {
        String schema;
        String caption;
        final Set<String> members = new TreeSet<>();
        final Set<FacilitatorRole> roles = java.util.EnumSet.noneOf(FacilitatorRole.class);
        final List<String> roleReasons = new ArrayList<>();

        ViewNodeDraft(EntityView first) {
            describedBy(first);
        }

        void describedBy(EntityView view) {
            this.schema = view.schema();
            this.caption = view.caption();
        }
    }

    private record Member(String entityId, Statement statement) {
    }

    private static final class Shared {
        final DerivedLink kind;
        final String id;
        final String caption;
        final Map<String, Member> parties = new LinkedHashMap<>();

        Shared(DerivedLink kind, String id, String caption) {
            this.kind = kind;
            this.id = id;
            this.caption = caption;
        }
    }
}
