package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.analytics.view.GraphView;
import nl.gedeeldbeeld.analytics.view.GraphViewRequest;
import nl.gedeeldbeeld.analytics.view.LinkEvidence;
import nl.gedeeldbeeld.analytics.view.ViewNode;
import nl.gedeeldbeeld.app.money.MoneyFlows;
import nl.gedeeldbeeld.app.network.NetworkViews;
import nl.gedeeldbeeld.app.ownership.Ownerships;
import nl.gedeeldbeeld.app.network.VisibleEntities;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Graph views over the small synthetic world hold only what their viewer may see: every node's records and
 * every edge's evidence are visible to that viewer, another viewer with another purpose gets another view,
 * and the read is audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LawfulNetworkViewTest {
    private SyntheticWorld world;
    private NetworkViews views;

    @BeforeAll
    void open() {
        world = SyntheticWorld.open();
        views = new NetworkViews(new VisibleEntities(world.access, world.storage.store(), SchemaRegistry.standard()),
                world.storage.store().judgements());
    }

    @AfterAll
    void close() {
        world.close();
    }

    @Test
    void everyNodeAndEveryPieceOfEvidenceInAViewIsVisibleToItsViewer() {
        AccessContext rechercheur = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        GraphView view = views.view(rechercheur, GraphViewRequest.everything());

        assertThat(view.graph().edgeCount()).isPositive();
        assertThat(view.nodes()).as("port passes reach the police through the port agreement: logistic roles")
                .anyMatch(n -> n.roleReasons().stream().anyMatch(r -> r.startsWith("haventoegangspas")));
        Set<String> referenced = new HashSet<>();
        view.nodes().stream().map(ViewNode::members).forEach(referenced::addAll);
        view.evidence().forEach(list -> list.stream().map(LinkEvidence::via).filter(v -> !v.startsWith("phone:"))
                .forEach(referenced::add));
        for (String id : referenced) {
            assertThat(world.access.entities().profile(rechercheur, id)).as(id).isPresent();
        }
        assertThat(view.evidence()).allSatisfy(list -> assertThat(list).isNotEmpty()
                .allMatch(e -> !e.dataset().startsWith("fiod") && !e.dataset().startsWith("fiu")));
        world.audit.flush();
        assertThat(world.audit.findByActorAndPurpose("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"))
                .as("one audited read for the view").anyMatch(e -> e.spanId().equals("network-view"));
    }

    @Test
    void aFiodInvestigatorSeesThePaymentsThatThePoliceViewLacks() {
        GraphViewRequest payments = GraphViewRequest.everything().withSchemata(Set.of("Payment")).withDerived(Set.of());
        GraphView fiod = views.view(world.as("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"), payments);
        GraphView police = views.view(world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"), payments);

        assertThat(fiod.graph().edgeCount()).isPositive();
        assertThat(fiod.evidence()).allSatisfy(list -> assertThat(list).allMatch(e -> e.kind().equals("Payment")));
        assertThat(police.evidence()).allSatisfy(list -> assertThat(list)
                .noneMatch(e -> e.dataset().startsWith("fiod")));
    }

    @Test
    void aViewerWhoMaySeeNoRelationshipsGetsAnEmptyGraph() {
        GraphView bibob = views.view(world.as("bibob-medewerker", "BIBOB_TOETS"),
                GraphViewRequest.everything().withSchemata(Set.of("Family", "Associate")).withDerived(Set.of()));
        assertThat(bibob.graph().edgeCount()).isZero();
    }

    @Test
    void moneyFlowsAndOwnershipRestOnlyOnWhatTheViewerMaySee() {
        VisibleEntities entities = new VisibleEntities(world.access, world.storage.store(), SchemaRegistry.standard());
        MoneyFlows money = new MoneyFlows(entities);
        AccessContext fiod = world.as("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        AccessContext bibob = world.as("bibob-medewerker", "BIBOB_TOETS");

        MoneyFlows.Alerts forFiod = money.alerts(fiod, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(forFiod.transactions()).isPositive();
        assertThat(forFiod.alerts()).as("the small world plants laundering cases in FIOD's payments").isNotEmpty();
        assertThat(forFiod.tickDates()).hasSameSizeAs(forFiod.alerts()).anySatisfy(dates ->
                assertThat(dates.get("firstTick")).isAfter(java.time.LocalDate.of(2000, 1, 1)));
        MoneyFlows.Alerts forBibob = money.alerts(bibob, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(forBibob.transactions()).as("no payment data for an integrity screening").isZero();
        assertThat(forBibob.alerts()).isEmpty();

        Ownerships ownerships = new Ownerships(entities);
        assertThat(ownerships.view(fiod).graph().partyCount()).isPositive();
        // The municipality's own Bibob files hold shareholdings, so the screener sees rings, but only of
        // companies it may see.
        assertThat(ownerships.rings(bibob)).isNotEmpty().allSatisfy(ring -> assertThat(ring.companies())
                .allSatisfy(c -> assertThat(world.access.entities().profile(bibob, c)).as(c).isPresent()));
    }
}
