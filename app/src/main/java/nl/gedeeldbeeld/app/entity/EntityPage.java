package nl.gedeeldbeeld.app.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.SharingAgreement;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.RedactedProperty;
import nl.gedeeldbeeld.store.access.AccessLayer;
import nl.gedeeldbeeld.store.access.EntityProfile;
import nl.gedeeldbeeld.store.access.Neighbour;
import org.springframework.stereotype.Component;

/**
 * Everything the profile page shows of one entity, read through the access layer as the request may see it:
 * the values grouped by property, the withheld properties with the agreements that withhold them, the other
 * records of its resolved identity ("dezelfde persoon bij") and the partners it is only known at ("bekend bij"),
 * the neighbours with the link that is their evidence, a timeline of dated values of the entity and its links,
 * and whether the caller's own unit protects it.
 */
@Component
public class EntityPage {
    private final AccessLayer access;
    private final IdentityService identities;
    private final SchemaRegistry schemas;

    EntityPage(AccessLayer access, IdentityService identities, SchemaRegistry schemas) {
        this.access = access;
        this.identities = identities;
        this.schemas = schemas;
    }

    /** A withheld property of one provenance slice and the agreements under which the caller sees the rest. */
    public record Withheld(String property, String dataset, String partner, String regime, List<String> agreements) {
    }

    /** A dated fact: of the entity itself, or of a link to a neighbour (then {@code otherId} and its caption). */
    public record TimelineEntry(String isoDate, String schema, String property, String value, String dataset,
                                Optional<String> otherId, String otherCaption) implements Comparable<TimelineEntry> {
        @Override
        public int compareTo(TimelineEntry o) {
            return Comparator.comparing(TimelineEntry::isoDate).thenComparing(TimelineEntry::property).compare(this, o);
        }
    }

    /** A neighbour with the link entity that is its evidence, when the link is an entity of its own. */
    public record Linked(Neighbour neighbour, boolean viaLinkEntity) {
    }

    public record View(EntityProfile profile, Map<String, List<Statement>> properties, List<Withheld> withheld,
                       List<IdentityService.Member> sameIdentity, List<IdentityService.KnownAt> knownAt,
                       List<Linked> neighbours, List<TimelineEntry> timeline, boolean protectedByOwnUnit) {
        /** The caption of a referenced entity the caller sees as a neighbour, else a neutral word. */
        public String captionOf(String entityId) {
            return neighbours.stream().map(Linked::neighbour).filter(n -> n.entityId().equals(entityId))
                    .map(Neighbour::caption).findFirst().orElse("gekoppelde entiteit");
        }
    }

    public Optional<View> of(AccessContext ctx, String id) {
        Optional<EntityProfile> found = access.entities().profile(ctx, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EntityProfile profile = found.get();
        Map<String, List<Statement>> properties = new LinkedHashMap<>();
        profile.view().properties().forEach((property, statements) -> {
            if (!property.equals(Statement.ID_PROPERTY)) {
                properties.put(property, statements);
            }
        });
        var identity = profile.view().schema().equals("Person") ? identities.identity(ctx, id) : Optional.<IdentityService.Identity>empty();
        List<IdentityService.Member> same = identity.map(i -> i.members().stream().filter(m -> !m.entityId().equals(id)).toList())
                .orElse(List.of());
        List<IdentityService.KnownAt> knownAt = identity.map(IdentityService.Identity::knownAt).orElse(List.of());
        List<Neighbour> neighbours = access.entities().neighbours(ctx, id).neighbours();
        List<Linked> linked = neighbours.stream().map(n -> new Linked(n, !n.viaEntityId().equals(id)
                && !n.viaEntityId().equals(n.entityId()))).toList();
        boolean protectedHere = access.protection().flags(ctx).stream().anyMatch(f -> f.entityId().equals(id));
        return Optional.of(new View(profile, properties, withheld(ctx, profile.redacted()), same, knownAt, linked,
                timeline(ctx, profile, linked), protectedHere));
    }

    private List<Withheld> withheld(AccessContext ctx, List<RedactedProperty> redacted) {
        List<Withheld> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        LocalDate today = LocalDate.ofInstant(ctx.at(), java.time.ZoneOffset.UTC);
        for (RedactedProperty r : redacted) {
            if (!seen.add(r.property() + "|" + r.dataset() + "|" + r.partner() + "|" + r.regime())) {
                continue;
            }
            List<String> agreements = access.decisions().catalogue().agreementsOn(today).stream()
                    .filter(a -> applies(a, ctx, r)).map(a -> a.title() + " (" + a.id() + ")").distinct().toList();
            out.add(new Withheld(r.property(), r.dataset(), r.partner(), r.regime(), agreements));
        }
        return out;
    }

    /** Whether the agreement shares this slice with the caller for the purpose, but not this property. */
    private static boolean applies(SharingAgreement a, AccessContext ctx, RedactedProperty r) {
        boolean toUs = a.isForEveryone(SharingAgreement.RECIPIENTS) || a.recipients().contains(ctx.organisation().code());
        boolean forPurpose = a.isForEveryone(SharingAgreement.PURPOSES) || a.purposes().contains(ctx.purpose().code());
        boolean slice = a.coversProvider(r.partner()) && (a.regimes().isEmpty() || a.regimes().contains(r.regime()));
        boolean withholds = a.redact().contains(r.property()) || !a.properties().contains(r.property());
        return toUs && forPurpose && slice && withholds && !a.prohibits();
    }

    private List<TimelineEntry> timeline(AccessContext ctx, EntityProfile profile, List<Linked> linked) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Statement s : profile.view().properties().values().stream().flatMap(List::stream).toList()) {
            if (isDate(s)) {
                entries.add(new TimelineEntry(s.value(), s.schema(), s.property(), s.value(), s.provenance().dataset(),
                        Optional.empty(), ""));
            }
        }
        Map<String, Neighbour> byLink = new HashMap<>();
        linked.stream().filter(Linked::viaLinkEntity).forEach(l -> byLink.putIfAbsent(l.neighbour().viaEntityId(), l.neighbour()));
        if (!byLink.isEmpty()) {
            var visible = access.entities().statements(ctx, byLink.keySet(), "entity-timeline");
            byLink.forEach((linkId, n) -> {
                for (Statement s : visible.statementsOf(linkId)) {
                    if (isDate(s)) {
                        entries.add(new TimelineEntry(s.value(), s.schema(), s.property(), s.value(), s.provenance().dataset(),
                                Optional.of(n.entityId()), n.caption()));
                    }
                }
            });
        }
        entries.sort(Comparator.naturalOrder());
        return entries.size() > 200 ? entries.subList(entries.size() - 200, entries.size()) : entries;
    }

    private boolean isDate(Statement s) {
        if (s.notNormalised() || s.isIdStatement()) {
            return false;
        }
        var schema = schemas.schema(s.schema());
        if (schema.isEmpty()) {
            return false;
        }
        return schemas.property(schema.get(), s.property())
                .map(p -> schemas.valueType(schema.get(), p).code().equals("date")).orElse(false);
    }
}
