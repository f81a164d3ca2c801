package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.analytics.network.Paths;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.analytics.view.GraphViewRequest;
import nl.gedeeldbeeld.analytics.view.LinkEvidence;
import nl.gedeeldbeeld.analytics.view.ViewNode;
import nl.gedeeldbeeld.app.network.NetworkViews;
import nl.gedeeldbeeld.app.network.VisibleEntities;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.policy.export.ExportStatus;
import nl.gedeeldbeeld.policy.registers.AlertTrigger;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.store.StatementStore;
import nl.gedeeldbeeld.store.access.FoundEntity;
import nl.gedeeldbeeld.store.access.Neighbour;
import nl.gedeeldbeeld.store.access.SearchPage;
import nl.gedeeldbeeld.store.search.SearchFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13, finding 3, replayed on the small synthetic world: the police flag a person (bewaken en beveiligen)
 * who has an Associate, owns a vehicle and lives at an address that another police record wrote with a space in
 * its postcode. To FIOD, which sees police data for criminal investigations, the person, the covered things,
 * the links that name them and the other record of the address are absent everywhere — profile, search and its
 * counts, neighbours, the network view and its paths, exports — and reaching one of them alerts the police unit
 * that placed the flag.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtectionThroughReferencesTest {
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])([1-9][0-9]{0,4})(?![0-9])");

    private SyntheticWorld world;
    private NetworkViews views;
    private AccessContext owner;
    private AccessContext fiod;

    private String person;
    private String associate;
    private String associateLink;
    private String ownershipLink;
    private String vehicle;
    private String address;
    private String sameAddress;
    private String unrelatedAddress;

    private long associatesBefore;
    private long associateFacetBefore;
    private GraphView viewBefore;

    @BeforeAll
    void flagAPersonWithLinksAndAnAddressEnteredTwice() {
        world = SyntheticWorld.open();
        views = new NetworkViews(new VisibleEntities(world.access, world.storage.store(), SchemaRegistry.standard()),
                world.storage.store().judgements());
        owner = world.as("analist-politie", "THEMATISCHE_ANALYSE");
        fiod = world.as("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        pickPerson();

        // Before the flag FIOD sees all of it: what changes below is the protection's doing.
        for (String id : List.of(person, associateLink, ownershipLink, vehicle, address, sameAddress, unrelatedAddress)) {
            assertThat(world.access.entities().profile(fiod, id)).as(id).isPresent();
        }
        SearchPage associates = associateSearch();
        associatesBefore = associates.total();
        associateFacetBefore = associates.facets().schemata().getOrDefault("Associate", 0L);
        assertThat(associates.hits()).extracting(FoundEntity::entityId).contains(associateLink);
        viewBefore = views.view(fiod, GraphViewRequest.everything());
        assertThat(pathsBetween(viewBefore, associate, person)).as("a path through the Associate link").isNotEmpty();

        world.access.protection().protect(owner, person, "bedreigde getuige");
    }

    @AfterAll
    void close() {
        world.close();
    }

    @Test
    @DisplayName("finding 3: the person's Associate and Ownership links and the covered vehicle answer 404 to FIOD")
    void finding3LinksToTheProtectedPersonAreAbsentFromProfiles() {
        for (String id : List.of(person, associateLink, ownershipLink, vehicle, address)) {
            assertThat(world.access.entities().profile(fiod, id)).as(id).isEmpty();
        }
        assertThat(world.access.entities().profile(fiod, associate)).as("the associate is not protected").isPresent()
                .get().satisfies(p -> assertThat(p.view().properties().values().stream().flatMap(List::stream)
                        .map(Statement::value)).doesNotContain(person, associateLink));
        // The police's own units still see their data.
        assertThat(world.access.entities().profile(world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"),
                associateLink)).isPresent();
    }

    @Test
    @DisplayName("finding 3: the same address written with a space in its postcode, from another record, is covered")
    void finding3TheSameAddressUnderAnotherIdIsCovered() {
        assertThat(world.access.entities().profile(fiod, sameAddress)).isEmpty();
        assertThat(world.access.entities().profile(fiod, unrelatedAddress)).as("other addresses stay").isPresent();
        String postcode = values(sameAddress, "postalCode").get(0);
        SearchPage found = world.access.entities().search(fiod, postcode, Set.of("Address"), SearchFilter.unrestricted(), 0, 100);
        assertThat(found.hits()).extracting(FoundEntity::entityId).doesNotContain(address, sameAddress);
    }

    @Test
    @DisplayName("finding 3: the links are absent from search hits, the total and the facets")
    void finding3SearchHitsAndCountsLeaveTheLinksOut() {
        SearchPage after = associateSearch();
        assertThat(after.hits()).extracting(FoundEntity::entityId).doesNotContain(associateLink, person);
        long covered = associatesLinking(person);
        assertThat(covered).isPositive();
        assertThat(after.total()).isEqualTo(associatesBefore - covered);
        assertThat(after.facets().schemata().getOrDefault("Associate", 0L)).isEqualTo(associateFacetBefore - covered);
    }

    @Test
    @DisplayName("finding 3: neighbours of the associate do not lead to the protected person")
    void finding3NeighboursLeaveTheLinksOut() {
        List<Neighbour> around = world.access.entities().neighbours(fiod, associate).neighbours();
        assertThat(around).extracting(Neighbour::entityId).doesNotContain(person);
        assertThat(around).extracting(Neighbour::viaEntityId).doesNotContain(associateLink);
    }

    @Test
    @DisplayName("finding 3: the network view has no node, edge, evidence or path through the protected person")
    void finding3NetworkViewAndPathsLeaveThePersonOut() {
        GraphView view = views.view(fiod, GraphViewRequest.everything());
        Set<String> members = new HashSet<>();
        view.nodes().stream().map(ViewNode::members).forEach(members::addAll);
        assertThat(members).doesNotContain(person, vehicle, address, sameAddress);
        Set<String> via = new HashSet<>();
        Set<String> ends = new HashSet<>();
        view.evidence().forEach(list -> list.forEach(e -> {
            via.add(e.via());
            ends.add(e.from());
            ends.add(e.to());
        }));
        assertThat(via).doesNotContain(associateLink, ownershipLink, vehicle, address, sameAddress);
        assertThat(ends).doesNotContain(person);
        assertThat(pathsBetween(view, associate, person)).isEmpty();
        assertThat(view.graph().edgeCount()).isLessThan(viewBefore.graph().edgeCount());
    }

    @Test
    @DisplayName("finding 3: an export of the links and the address holds none of them")
    void finding3ExportsLeaveTheLinksOut() {
        var request = world.access.exports().request(fiod, List.of(associateLink, ownershipLink, sameAddress,
                unrelatedAddress), ExportFormat.FTM_JSONL, "dossier");
        assertThat(request.status()).isEqualTo(ExportStatus.APPROVED);
        String lines = new String(world.access.exports().download(fiod, request.id()).content(), StandardCharsets.UTF_8);
        assertThat(lines).contains(unrelatedAddress).doesNotContain(associateLink, ownershipLink, sameAddress, person);
        assertThat(alertsAbout(person)).extracting(ProtectionAlert::trigger).contains(AlertTrigger.EXPORT);
    }

    @Test
    @DisplayName("finding 3: reaching a link of the protected person alerts the owning unit, once per request")
    void finding3ReachingALinkAlertsTheOwner() {
        int before = alertsAbout(person).size();
        world.access.entities().profile(fiod, associateLink);
        List<ProtectionAlert> after = alertsAbout(person);
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0)).satisfies(a -> {
            assertThat(a.actor()).isEqualTo("rechercheur-fiod");
            assertThat(a.trigger()).isEqualTo(AlertTrigger.LOOKUP);
            assertThat(a.ownerUnit()).isEqualTo("RIO-RR");
        });

        int beforeView = alertsAbout(person).size();
        views.view(fiod, GraphViewRequest.everything());
        assertThat(alertsAbout(person)).as("one alert for the whole view, not one per link").hasSize(beforeView + 1)
                .first().satisfies(a -> assertThat(a.trigger()).isEqualTo(AlertTrigger.NETWORK_EXPANSION));

        int beforeOwn = alertsAbout(person).size();
        world.access.entities().profile(world.as("teamleider-rio", "THEMATISCHE_ANALYSE"), associateLink);
        assertThat(alertsAbout(person)).as("the owning unit's own look raises nothing").hasSize(beforeOwn);
        assertThat(world.access.protection().alerts(fiod, true)).as("alerts are the owner's").isEmpty();
    }

    private List<ProtectionAlert> alertsAbout(String id) {
        return world.access.protection().alerts(owner, true).stream().filter(a -> a.entityId().equals(id)).toList();
    }

    private SearchPage associateSearch() {
        return world.access.entities().search(fiod, "", Set.of("Associate"), SearchFilter.unrestricted(), 0, 1000);
    }

    private static List<List<Integer>> pathsBetween(GraphView view, String from, String to) {
        Optional<Integer> a = nodeOf(view, from);
        Optional<Integer> b = nodeOf(view, to);
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        return new Paths(view.graph()).simple(a.get(), b.get(), 3, 10).paths();
    }

    private static Optional<Integer> nodeOf(GraphView view, String member) {
        for (int i = 0; i < view.nodes().size(); i++) {
            if (view.node(i).members().contains(member)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    // ---- choosing the person on the raw store (the test acts as the platform here) ----

    private StatementStore store() {
        return world.storage.store();
    }

    private List<String> values(String id, String property) {
        return store().statementsOf(id).stream().filter(s -> s.property().equals(property)).map(Statement::value).toList();
    }

    private long associatesLinking(String id) {
        return store().entitiesWithValue(id).stream().filter(e -> store().statementsOf(e).stream()
                .anyMatch(s -> s.schema().equals("Associate"))).count();
    }

    /**
     * A police person with an Associate (to another police person), a vehicle through an Ownership, and an
     * address of which the police hold a second Address record under another id: same postcode and house
     * number, the postcode written once with a space.
     */
    private void pickPerson() {
        Map<String, List<Statement>> links = store().statementsOf(store().entitiesOfSchemata(Set.of("Associate", "Ownership")));
        Map<String, String> associateOf = new LinkedHashMap<>();
        Map<String, String[]> ownershipOf = new LinkedHashMap<>();
        links.forEach((id, statements) -> {
            if (!statements.get(0).provenance().dataset().equals("politie-bvh")) {
                return;
            }
            Optional<String> p = value(statements, "person");
            Optional<String> other = value(statements, "associate");
            if (p.isPresent() && other.isPresent()) {
                associateOf.putIfAbsent(p.get(), id + "\u001f" + other.get());
            }
            Optional<String> ownerOf = value(statements, "owner");
            Optional<String> asset = value(statements, "asset");
            if (ownerOf.isPresent() && asset.isPresent()) {
                ownershipOf.putIfAbsent(ownerOf.get(), new String[] {id, asset.get()});
            }
        });
        List<String> candidates = new ArrayList<>(associateOf.keySet());
        candidates.retainAll(ownershipOf.keySet());
        for (String candidate : candidates) {
            Optional<String> home = value(store().statementsOf(candidate), "addressEntity");
            if (home.isEmpty()) {
                continue;
            }
            Optional<String> twin = twinOf(home.get());
            if (twin.isPresent()) {
                person = candidate;
                String[] link = associateOf.get(candidate).split("\u001f");
                associateLink = link[0];
                associate = link[1];
                ownershipLink = ownershipOf.get(candidate)[0];
                vehicle = ownershipOf.get(candidate)[1];
                address = home.get();
                sameAddress = twin.get();
                unrelatedAddress = store().entitiesOfSchemata(Set.of("Address")).stream()
                        .filter(a -> !a.equals(address) && !a.equals(sameAddress))
                        .filter(a -> datasetOf(a).equals("politie-bvh"))
                        .filter(a -> !values(a, "postalCode").equals(values(address, "postalCode")))
                        .findFirst().orElseThrow();
                return;
            }
        }
        throw new IllegalStateException("the small world has no police person with an associate, a vehicle and an"
                + " address entered twice");
    }

    /** Another police Address with the same postcode and house number, one of the two written with a space. */
    private Optional<String> twinOf(String addressId) {
        List<Statement> home = store().statementsOf(addressId);
        Optional<String> postcode = value(home, "postalCode");
        Optional<String> number = value(home, "street").flatMap(ProtectionThroughReferencesTest::houseNumber);
        if (postcode.isEmpty() || number.isEmpty()) {
            return Optional.empty();
        }
        for (String other : store().entitiesWithValue(Optional.of("postalCode"), postcode.get())) {
            if (other.equals(addressId) || !datasetOf(other).equals("politie-bvh")) {
                continue;
            }
            List<Statement> twin = store().statementsOf(other);
            boolean spaced = java.util.stream.Stream.concat(home.stream(), twin.stream())
                    .anyMatch(s -> s.property().equals("postalCode") && s.originalValue().contains(" "));
            if (spaced && value(twin, "street").flatMap(ProtectionThroughReferencesTest::houseNumber).equals(number)) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    private String datasetOf(String id) {
        return store().statementsOf(id).get(0).provenance().dataset();
    }

    private static Optional<String> houseNumber(String street) {
        Matcher m = NUMBER.matcher(street);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }

    private static Optional<String> value(List<Statement> statements, String property) {
        return statements.stream().filter(s -> s.property().equals(property)).map(Statement::value).findFirst();
    }
}
