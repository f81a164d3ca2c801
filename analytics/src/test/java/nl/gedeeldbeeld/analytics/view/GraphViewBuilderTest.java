package nl.gedeeldbeeld.analytics.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static nl.gedeeldbeeld.analytics.view.Entities.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.gedeeldbeeld.analytics.graph.Graph;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;

class GraphViewBuilderTest {
    private static final SchemaRegistry SCHEMAS = Entities.SCHEMAS;

    /**
     * Police: p1 owns 60% of c1 (2020), p1 and p2 are family, p2 and p3 live at a1, p1 and p4 were seen
     * in vehicle v1, p3 and p4 share a phone. FIU: p2 paid c1 in 2022. Records p3 and p3-fiod are one
     * person, and the FIOD record's Associate link to p3 vanishes with the merge.
     */
    private static List<EntityView> world() {
        List<EntityView> views = new ArrayList<>();
        views.add(entity("p1", "Person", "police", Map.of("name", "Jan Jansen")));
        views.add(entity("p2", "Person", "police", Map.of("name", "Piet Jansen", "addressEntity", "a1")));
        views.add(entity("p3", "Person", "police", Map.of("name", "Kees Bakker", "addressEntity", "a1",
                "phone", "+31612345678")));
        views.add(entity("p3-fiod", "Person", "fiod", Map.of("name", "K. Bakker")));
        views.add(entity("p4", "Person", "police", Map.of("name", "Ali B", "phone", "+31612345678")));
        views.add(entity("c1", "Company", "fiod", Map.of("name", "Bakker Holding BV")));
        views.add(entity("a1", "Address", "police", Map.of("full", "Dorpsstraat 1, 1234 AB Ergens")));
        views.add(entity("v1", "Vehicle", "police", Map.of("registrationNumber", "12-ABC-3")));
        views.add(entity("o1", "Ownership", "fiod", Map.of("owner", "p1", "asset", "c1", "percentage", "60",
                "startDate", "2020-01-01")));
        views.add(entity("f1", "Family", "police", Map.of("person", "p1", "relative", "p2",
                "relationship", "broer")));
        views.add(entity("u1", "UnknownLink", "police", Map.of("subject", "p1", "object", "v1",
                "date", "2021-03-04")));
        views.add(entity("u2", "UnknownLink", "police", Map.of("subject", "p4", "object", "v1",
                "date", "2021-03-05")));
        views.add(entity("pay1", "Payment", "fiu", Map.of("payer", "p2", "beneficiary", "c1", "amount", "9000",
                "date", "2022-05-01")));
        views.add(entity("as1", "Associate", "fiod", Map.of("person", "p3-fiod", "associate", "p3")));
        return views;
    }

    private static final Function<String, String> RESOLVED = id -> id.equals("p3-fiod") ? "p3" : id;

    @Test
    void relationshipsAndSharedThingsBecomeEdgesBetweenIdentitiesWithTheirEvidence() {
        GraphView view = build(GraphViewRequest.everything());
        Graph g = view.graph();

        // p1-c1 (Ownership), p1-p2 (Family), p2-p3 (address), p3-p4 (phone), p1-p4 (vehicle), p2-c1 (Payment)
        assertThat(g.nodeCount()).isEqualTo(5);
        assertThat(g.edgeCount()).isEqualTo(6);
        assertThat(kinds(view, "p1", "c1")).containsExactly("Ownership");
        assertThat(kinds(view, "p2", "p3")).containsExactly("SHARED_ADDRESS");
        assertThat(kinds(view, "p3", "p4")).containsExactly("SHARED_PHONE");
        assertThat(kinds(view, "p1", "p4")).containsExactly("SHARED_VEHICLE");
        LinkEvidence payment = evidence(view, "p2", "c1").get(0);
        assertThat(payment.partner()).isEqualTo("fiu");
        assertThat(payment.description()).contains("amount=9000");
        assertThat(payment.date()).contains(LocalDate.of(2022, 5, 1));
        assertThat(view.node(g.node("p3").getAsInt()).members()).containsExactly("p3", "p3-fiod");
    }

    @Test
    void professionalRolesComeFromCompanySectorsAndPortPassesWithTheirReasons() {
        List<EntityView> views = new ArrayList<>(world());
        views.add(entity("c2", "Company", "kvk", Map.of("name", "Cijfers BV", "sector", "Accountancy en belastingadvies")));
        views.add(entity("d1", "Directorship", "kvk", Map.of("director", "p4", "organization", "c2")));
        views.add(entity("pass1", "AccessPass", "haven", Map.of("passNumber", "HBR-1", "holder", "p1")));
        GraphViewBuilder builder = new GraphViewBuilder(SCHEMAS, GraphViewRequest.everything(), RESOLVED);
        views.forEach(builder::add);
        GraphView view = builder.build();

        ViewNode p4 = view.node(view.graph().node("p4").orElseThrow());
        assertThat(p4.roles()).containsExactly(FacilitatorRole.FINANCIAL);
        assertThat(p4.roleReasons()).containsExactly("bestuurder van Cijfers BV (Accountancy en belastingadvies)");
        ViewNode p1 = view.node(view.graph().node("p1").orElseThrow());
        assertThat(p1.roles()).containsExactly(FacilitatorRole.LOGISTIC);
        assertThat(view.node(view.graph().node("p2").orElseThrow()).roles()).isEmpty();
        assertThat(FacilitatorRole.fromText("Rechtskundige dienstverlening")).containsExactly(FacilitatorRole.LEGAL);
        assertThat(FacilitatorRole.fromText("Laad-, los- en overslagactiviteiten")).containsExactly(FacilitatorRole.LOGISTIC);
        assertThat(FacilitatorRole.fromText("Detailhandel in bloemen")).isEmpty();
    }

    @Test
    void aTimeWindowKeepsUndatedLinksAndDropsThoseOutsideIt() {
        GraphView view = build(GraphViewRequest.everything()
                .between(Optional.of(LocalDate.of(2021, 1, 1)), Optional.of(LocalDate.of(2021, 12, 31))));

        assertThat(view.graph().node("c1")).isEmpty(); // the 2020 ownership has no end date: it ended in 2020
        assertThat(kinds(view, "p1", "p2")).containsExactly("Family");
        assertThat(kinds(view, "p1", "p4")).containsExactly("SHARED_VEHICLE");
        assertThat(view.notes()).contains("2 relaties vallen buiten de gekozen periode");
    }

    @Test
    void schemataPartnersAndDerivedKindsNarrowTheView() {
        GraphView family = build(GraphViewRequest.everything().withSchemata(Set.of("Family")).withDerived(Set.of()));
        assertThat(family.graph().edgeCount()).isEqualTo(1);

        GraphView fiu = build(GraphViewRequest.everything().fromPartners(Set.of("fiu")));
        assertThat(fiu.graph().edgeCount()).isEqualTo(1);
        assertThat(kinds(fiu, "p2", "c1")).containsExactly("Payment");
    }

    @Test
    void aThingSharedByMorePartiesThanTheLimitMakesNoLinksAndIsNoted() {
        GraphViewRequest strict = new GraphViewRequest(Set.of(), Set.of(DerivedLink.SHARED_ADDRESS), Optional.empty(),
                Optional.empty(), Set.of(), 2);
        List<EntityView> views = new ArrayList<>(world());
        views.add(entity("p5", "Person", "police", Map.of("name", "Derde Bewoner", "addressEntity", "a1")));
        GraphViewBuilder builder = new GraphViewBuilder(SCHEMAS, strict, RESOLVED);
        views.forEach(builder::add);
        GraphView view = builder.build();

        assertThat(view.graph().node("p5")).isEmpty();
        assertThat(view.notes()).anyMatch(n -> n.contains("gedeeld door 3 partijen"));
    }

    @Test
    void aRelationshipSchemaThatIsNotAnEdgeIsAClearError() {
        assertThatThrownBy(() -> new GraphViewBuilder(SCHEMAS, GraphViewRequest.everything()
                .withSchemata(Set.of("Person")), RESOLVED)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("not a relationship");
        assertThatThrownBy(() -> DerivedLink.parse("shoe-size")).isInstanceOf(UserInputException.class);
        assertThat(DerivedLink.parse("shared-phone")).isEqualTo(DerivedLink.SHARED_PHONE);
    }

    @Test
    void partialDatesCoverTheirWholePeriod() {
        assertThat(GraphViewBuilder.parseDate("2021", true)).contains(LocalDate.of(2021, 1, 1));
        assertThat(GraphViewBuilder.parseDate("2021", false)).contains(LocalDate.of(2021, 12, 31));
        assertThat(GraphViewBuilder.parseDate("2021-02", false)).contains(LocalDate.of(2021, 2, 28));
        assertThat(GraphViewBuilder.parseDate("2021-02-03T10:00:00", true)).contains(LocalDate.of(2021, 2, 3));
        assertThat(GraphViewBuilder.parseDate("onbekend", true)).isEmpty();
    }

    private static GraphView build(GraphViewRequest request) {
        GraphViewBuilder builder = new GraphViewBuilder(SCHEMAS, request, RESOLVED);
        world().forEach(builder::add);
        return builder.build();
    }

    private static List<LinkEvidence> evidence(GraphView view, String a, String b) {
        Graph g = view.graph();
        int u = g.node(a).orElseThrow();
        int v = g.node(b).orElseThrow();
        for (int p = g.rowStart(u); p < g.rowEnd(u); p++) {
            if (g.target(p) == v) {
                return view.evidence(g.edgeId(p));
            }
        }
        return List.of();
    }

    private static List<String> kinds(GraphView view, String a, String b) {
        return evidence(view, a, b).stream().map(LinkEvidence::kind).toList();
    }
}
