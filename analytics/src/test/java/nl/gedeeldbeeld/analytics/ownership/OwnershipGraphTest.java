package nl.gedeeldbeeld.analytics.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class OwnershipGraphTest {

    @Test
    void percentagesBecomeFractionsAndRowsRunBothWays() {
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        b.party("anna", PartyKind.PERSON);
        b.ownership("anna", "holding", 60);
        b.ownership("holding", "shop", 50);
        b.ownershipOfUnknownShare("anna", "shop");
        b.directorship("anna", "shop");
        OwnershipGraph g = b.build();

        int shop = g.party("shop").getAsInt();
        int anna = g.party("anna").getAsInt();
        assertThat(g.kind(shop)).isEqualTo(PartyKind.COMPANY);
        assertThat(g.kind(g.party("holding").getAsInt())).isEqualTo(PartyKind.COMPANY);
        assertThat(g.ownedByEnd(shop) - g.ownedByStart(shop)).isEqualTo(2);
        assertThat(g.holdsEnd(anna) - g.holdsStart(anna)).isEqualTo(2);
        int first = g.ownedByEdge(g.ownedByStart(shop));
        assertThat(g.label(g.owner(first))).isEqualTo("holding");
        assertThat(g.share(first)).hasValue(0.5);
        assertThat(g.share(g.ownedByEdge(g.ownedByStart(shop) + 1))).isEmpty();
        assertThat(g.directsEnd(anna) - g.directsStart(anna)).isEqualTo(1);
        assertThat(g.role(g.directsEdge(g.directsStart(anna)))).isEqualTo("bestuurder");
        assertThat(g.party("nobody")).isEmpty();
    }

    @Test
    void aPartyOnlyNamedAsOwnerStaysOfUnknownKind() {
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        b.ownership("who", "shop", 100);
        OwnershipGraph g = b.build();
        assertThat(g.kind(g.party("who").getAsInt())).isEqualTo(PartyKind.UNKNOWN);
    }

    @Test
    void asOfKeepsOnlyTheEdgesValidThatDay() {
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        b.party("old", PartyKind.PERSON);
        b.party("new", PartyKind.PERSON);
        b.ownership("old", "shop", OptionalDouble.of(100),
                Validity.between(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31)));
        b.ownership("new", "shop", OptionalDouble.of(100), Validity.from(LocalDate.of(2020, 1, 1)));
        b.directorship("old", "shop", "bestuurder", new Validity(Optional.empty(), Optional.of(LocalDate.of(2019, 12, 31))));
        OwnershipGraph g = b.build();

        OwnershipGraph in2021 = g.asOf(LocalDate.of(2021, 6, 1));
        assertThat(in2021.ownershipCount()).isEqualTo(1);
        assertThat(in2021.label(in2021.owner(0))).isEqualTo("new");
        assertThat(in2021.directorshipCount()).isZero();
        assertThat(in2021.partyCount()).isEqualTo(g.partyCount());
        OwnershipGraph in2015 = g.asOf(LocalDate.of(2015, 6, 1));
        assertThat(in2015.label(in2015.owner(0))).isEqualTo("old");
        assertThat(in2015.directorshipCount()).isEqualTo(1);
        assertThat(in2015.ownershipValidity(0).end()).contains(LocalDate.of(2019, 12, 31));
    }

    @Test
    void impossibleEdgesAreRefusedWithTheEdgeInTheMessage() {
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        assertThatThrownBy(() -> b.ownership("a", "b", 150)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a → b").hasMessageContaining("0..100");
        b.party("piet", PartyKind.PERSON);
        assertThatThrownBy(() -> b.party("piet", PartyKind.COMPANY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both PERSON and COMPANY");
        b.ownership("a", "piet", 10);
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("piet is a person");
        assertThatThrownBy(() -> Validity.between(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .hasMessageContaining("before start date");
    }

    @Test
    void theLabelIndexHoldsManyPartiesAndFindsThemAgain() {
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        for (int i = 0; i < 50_000; i++) {
            b.ownership("P" + i, "C" + (i / 3), 33);
        }
        OwnershipGraph g = b.build();
        assertThat(g.partyCount()).isEqualTo(50_000 + 16_667);
        for (int i = 0; i < 50_000; i += 997) {
            assertThat(g.label(g.party("P" + i).getAsInt())).isEqualTo("P" + i);
        }
        int c = g.party("C7").getAsInt();
        assertThat(g.ownedByEnd(c) - g.ownedByStart(c)).isEqualTo(3);
    }
}
