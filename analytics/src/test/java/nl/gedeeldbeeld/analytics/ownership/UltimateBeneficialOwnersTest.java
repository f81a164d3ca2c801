package nl.gedeeldbeeld.analytics.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UltimateBeneficialOwnersTest {

    private static OwnershipGraphBuilder persons(String... names) {
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        for (String n : names) {
            b.party(n, PartyKind.PERSON);
        }
        return b;
    }

    @Test
    void sixtyPercentOfFiftyPercentIsThirtyPercentAndMakesAnUbo() {
        // A holds 60% of B, B holds 50% of C: A holds 0.6 × 0.5 = 30% of C, more than 25%.
        OwnershipGraphBuilder b = persons("A");
        b.ownership("A", "B", 60);
        b.ownership("B", "C", 50);
        UboReport r = new UltimateBeneficialOwners(b.build()).forCompany("C");

        assertThat(r.basis()).isEqualTo(UboBasis.OWNERSHIP);
        assertThat(r.owners()).hasSize(1);
        BeneficialOwner a = r.owners().get(0);
        assertThat(a.person()).isEqualTo("A");
        assertThat(a.share().getAsDouble()).isCloseTo(0.30, within(1e-12));
        assertThat(a.chains()).hasSize(1);
        assertThat(a.chains().get(0).parties()).containsExactly("A", "B", "C");
        assertThat(a.chains().get(0).shares()).containsExactly(OptionalDouble.of(0.6), OptionalDouble.of(0.5));
        assertThat(a.chains().get(0).describe()).isEqualTo("A –60%→ B –50%→ C = 30%");
        assertThat(a.circularPart()).isZero();
        // B's other 50% of C and the other 40% of B (= 20% of C) are held by nobody registered: 50% + 20%.
        assertThat(r.unaccounted()).isCloseTo(0.70, within(1e-12));
        assertThat(r.explanation()).contains("1 UBO by ownership", "A –60%→ B –50%→ C = 30%", "70% is held by no");
    }

    @Test
    void twoChainsBelowTheThresholdAddUpToAnUbo() {
        // P holds 20% of C directly and 50% of H, which holds 20% of C: 0.2 + 0.5 × 0.2 = 30%.
        // Q holds the other 50% of H and 60% of C: 0.6 + 0.5 × 0.2 = 70%. Together 100%.
        OwnershipGraphBuilder b = persons("P", "Q");
        b.ownership("P", "C", 20);
        b.ownership("P", "H", 50);
        b.ownership("Q", "H", 50);
        b.ownership("H", "C", 20);
        b.ownership("Q", "C", 60);
        UboReport r = new UltimateBeneficialOwners(b.build()).forCompany("C");

        assertThat(r.owners()).extracting(BeneficialOwner::person).containsExactly("Q", "P");
        BeneficialOwner p = r.owners().get(1);
        assertThat(p.share().getAsDouble()).isCloseTo(0.30, within(1e-12));
        assertThat(p.chains()).extracting(Chain::describe).containsExactly("P –20%→ C = 20%", "P –50%→ H –20%→ C = 10%");
        assertThat(r.owners().get(0).share().getAsDouble()).isCloseTo(0.70, within(1e-12));
        assertThat(r.unaccounted()).isCloseTo(0, within(1e-12));
    }

    @Test
    void exactlyTheThresholdIsNotMoreThanIt() {
        // 50% × 50% = 25%, and the rule says more than 25%.
        OwnershipGraphBuilder b = persons("A");
        b.ownership("A", "B", 50);
        b.ownership("B", "C", 50);
        b.directorship("D", "C");
        b.party("D", PartyKind.PERSON);
        OwnershipGraph g = b.build();
        assertThat(new UltimateBeneficialOwners(g).forCompany("C").basis()).isEqualTo(UboBasis.PSEUDO_UBO);
        UboReport lower = new UltimateBeneficialOwners(g, UboRules.standard().withThreshold(0.10)).forCompany("C");
        assertThat(lower.basis()).isEqualTo(UboBasis.OWNERSHIP);
        assertThat(lower.owners()).extracting(BeneficialOwner::person).containsExactly("A");
    }

    @Test
    void aCycleWithAnOutsideOwnerEndsAndGivesTheOutsiderEverything() {
        // P holds 50% of B; C holds the other 50% of B; B holds 100% of C.
        // From C: all of C goes to B; B passes 50% to P and 50% back to C, which passes it to B again, …
        // P gets 1/2 + 1/4 + 1/8 + … = 100% of C. The only simple chain P –50%→ B –100%→ C shows 50%;
        // the other 50% runs round the ring B ⇄ C.
        OwnershipGraphBuilder b = persons("P");
        b.ownership("P", "B", 50);
        b.ownership("C", "B", 50);
        b.ownership("B", "C", 100);
        UltimateBeneficialOwners ubo = new UltimateBeneficialOwners(b.build());
        UboReport r = ubo.forCompany("C");

        assertThat(r.owners()).hasSize(1);
        BeneficialOwner p = r.owners().get(0);
        assertThat(p.share().getAsDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(p.chains()).extracting(Chain::describe).containsExactly("P –50%→ B –100%→ C = 50%");
        assertThat(p.circularPart()).isCloseTo(0.5, within(1e-9));
        assertThat(p.reason()).contains("through companies that own each other in a ring");
        assertThat(r.circularResidue()).isZero();
        // The same for B: 1/2 directly, then 1/2 × 1/2 round the ring, …: 100%.
        assertThat(ubo.forCompany("B").owners().get(0).share().getAsDouble()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aRingWithoutAnyOutsideOwnerStopsAndReportsTheResidue() {
        // B holds 100% of C and C 100% of B: the part never settles; the walk stops at maxRounds.
        OwnershipGraphBuilder b = persons("D");
        b.ownership("B", "C", 100);
        b.ownership("C", "B", 100);
        b.directorship("D", "B");
        UboRules rules = new UboRules(0.25, 50, 1e-12, 10, 1000);
        UboReport r = new UltimateBeneficialOwners(b.build(), rules).forCompany("C");

        assertThat(r.circularResidue()).isCloseTo(1.0, within(1e-12));
        assertThat(r.basis()).isEqualTo(UboBasis.NONE);
        assertThat(r.explanation()).contains("100% runs round companies that own each other");
    }

    @Test
    void whenNobodyPassesTheThresholdTheDirectorsArePseudoUbo() {
        // Four persons with 25% each: nobody has more than 25%. Directors: D1 directly, and the management
        // company M B.V., whose director is D2. Both are pseudo-UBO; D2 through M.
        OwnershipGraphBuilder b = persons("S1", "S2", "S3", "S4", "D1", "D2");
        for (String s : List.of("S1", "S2", "S3", "S4")) {
            b.ownership(s, "C", 25);
        }
        b.directorship("D1", "C");
        b.directorship("M", "C");
        b.directorship("D2", "M");
        b.directorship("C", "M"); // a loop of directorships must not loop the search
        UboReport r = new UltimateBeneficialOwners(b.build()).forCompany("C");

        assertThat(r.basis()).isEqualTo(UboBasis.PSEUDO_UBO);
        assertThat(r.owners()).extracting(BeneficialOwner::person).containsExactly("D1", "D2");
        assertThat(r.owners()).allSatisfy(o -> assertThat(o.share()).isEmpty());
        assertThat(r.owners().get(1).directorChains().get(0).parties()).containsExactly("D2", "M", "C");
        assertThat(r.explanation()).contains("no natural person holds more than 25% (largest: S1 25%)",
                "pseudo-UBO (hoger leidinggevend personeel)", "D2 directs M (bestuurder), which directs C (bestuurder)");
    }

    @Test
    void aForeignOwnerEndsTheChainWithAFlag() {
        // X owns the foreign company F, F owns 100% of H, H owns 80% of C, P owns 20% of C.
        // F holds 1.0 × 0.8 = 80% of C, but the chain stops at F: X is never reached.
        OwnershipGraphBuilder b = persons("P", "X", "D");
        b.party("F", PartyKind.FOREIGN_COMPANY);
        b.ownership("X", "F", 100);
        b.ownership("F", "H", 100);
        b.ownership("H", "C", 80);
        b.ownership("P", "C", 20);
        b.directorship("D", "C");
        UboReport r = new UltimateBeneficialOwners(b.build()).forCompany("C");

        assertThat(r.basis()).isEqualTo(UboBasis.PSEUDO_UBO);
        assertThat(r.owners()).extracting(BeneficialOwner::person).containsExactly("D");
        assertThat(r.unresolved()).hasSize(1);
        UnresolvedLink f = r.unresolved().get(0);
        assertThat(f.party()).isEqualTo("F");
        assertThat(f.reason()).isEqualTo(UnresolvedLink.Reason.FOREIGN_COMPANY);
        assertThat(f.share().getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(f.chains()).extracting(Chain::describe).containsExactly("F –100%→ H –80%→ C = 80%");
        assertThat(r.explanation()).contains("ownership through a foreign company — not resolvable further")
                .doesNotContain("X");
    }

    @Test
    void aShareOfUnknownSizeIsReportedWithWhatItCouldBeAtMost() {
        // Q holds an unknown share of H; H holds 60% of C. Q may hold up to 60% of C. P holds 40% directly.
        OwnershipGraphBuilder b = persons("P", "Q");
        b.ownership("P", "C", 40);
        b.ownership("H", "C", 60);
        b.ownershipOfUnknownShare("Q", "H");
        UboReport r = new UltimateBeneficialOwners(b.build()).forCompany("C");

        assertThat(r.owners()).extracting(BeneficialOwner::person).containsExactly("P");
        UnresolvedLink q = r.unresolved().get(0);
        assertThat(q.reason()).isEqualTo(UnresolvedLink.Reason.UNKNOWN_SHARE);
        assertThat(q.share()).isEmpty();
        assertThat(q.upTo()).isCloseTo(0.6, within(1e-12));
        assertThat(q.chains()).extracting(Chain::describe).containsExactly("Q –?%→ H –60%→ C = unknown");
        assertThat(q.explanation()).contains("which carries 60% of C");
        // H's 60% has no known owner: it is unaccounted for.
        assertThat(r.unaccounted()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void sharesAddingUpToMoreThanAllAreReported() {
        OwnershipGraphBuilder b = persons("P", "Q");
        b.ownership("P", "C", 80);
        b.ownership("Q", "C", 50);
        UboReport r = new UltimateBeneficialOwners(b.build()).forCompany("C");
        assertThat(r.overallocated()).containsExactly("C");
        assertThat(r.explanation()).contains("more than 100% in C");
    }

    @Test
    void forEachCompanyResolvesEveryCompanyOnceOnSeveralThreads() {
        // 3000 companies each held 100% by their own person: every report names that person.
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        for (int i = 0; i < 3000; i++) {
            b.party("p" + i, PartyKind.PERSON);
            b.ownership("p" + i, "c" + i, 100);
        }
        Map<String, String> seen = new ConcurrentHashMap<>();
        new UltimateBeneficialOwners(b.build()).forEachCompany(2,
                r -> seen.put(r.company(), r.owners().get(0).person()));
        assertThat(seen).hasSize(3000).containsEntry("c1234", "p1234");
    }

    @Test
    void withoutRingsTheFigureIsTheSumOfItsChainsOnRandomLayeredGraphs() {
        // Oracle: in an acyclic graph integrated ownership is exactly the sum over all chains of the
        // products, which the chain search enumerates independently of the walk.
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        for (int p = 0; p < 6; p++) {
            b.party("p" + p, PartyKind.PERSON);
        }
        for (int level = 0; level < 4; level++) {
            for (int c = 0; c < 5; c++) {
                String company = "L" + level + "c" + c;
                int owners = 1 + rng.nextInt(3);
                for (int k = 0; k < owners; k++) {
                    String owner = level == 0 || rng.nextInt(3) == 0 ? "p" + rng.nextInt(6)
                            : "L" + (level - 1) + "c" + rng.nextInt(5);
                    b.ownership(owner, company, 100.0 / owners);
                }
            }
        }
        UltimateBeneficialOwners ubo = new UltimateBeneficialOwners(b.build(),
                new UboRules(0.0, 10_000, 1e-12, 1000, 1_000_000));
        int checked = 0;
        for (int c = 0; c < 5; c++) {
            UboReport r = ubo.forCompany("L3c" + c);
            double total = 0;
            for (BeneficialOwner o : r.owners()) {
                double chains = o.chains().stream().mapToDouble(ch -> ch.product().getAsDouble()).sum();
                assertThat(o.share().getAsDouble()).isCloseTo(chains, within(1e-9));
                assertThat(o.circularPart()).isCloseTo(0, within(1e-9));
                total += o.share().getAsDouble();
                checked++;
            }
            // Every company's shares add up to 100% and end at persons: nothing is lost on the way.
            assertThat(total + r.unaccounted()).isCloseTo(1.0, within(1e-9));
        }
        assertThat(checked).isPositive();
    }

    @Test
    void anOwnerNobodyDescribedEndsTheChainAndSharesAreShownToTwoDecimals() {
        // "who" is named by a shareholding but no entity says what it is: its 2/3 of C is unresolved.
        // P holds the other third: 33.33%, more than 25%.
        OwnershipGraphBuilder b = persons("P");
        b.ownership("who", "C", 200.0 / 3);
        b.ownership("P", "C", 100.0 / 3);
        UboReport r = new UltimateBeneficialOwners(b.build()).forCompany("C");

        assertThat(r.owners()).extracting(BeneficialOwner::person).containsExactly("P");
        assertThat(r.owners().get(0).reason()).startsWith("P holds 33.33% of C");
        UnresolvedLink who = r.unresolved().get(0);
        assertThat(who.reason()).isEqualTo(UnresolvedLink.Reason.UNKNOWN_PARTY);
        assertThat(who.kind()).isEqualTo(PartyKind.UNKNOWN);
        assertThat(who.explanation()).isEqualTo("who holds 66.67% of C: owner of unknown kind — no entity describes it");
    }

    @Test
    void aPersonIsNotAskedForItsOwners() {
        OwnershipGraphBuilder b = persons("P");
        b.ownership("P", "C", 100);
        UltimateBeneficialOwners ubo = new UltimateBeneficialOwners(b.build());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ubo.forCompany("P"))
                .hasMessageContaining("P is a person");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ubo.forCompany("nobody"))
                .hasMessageContaining("no party 'nobody'");
    }

    @Test
    void aChainSearchCutShortLeavesTheNextCompanyUntouched() {
        // W is held 100% by H, H by G0..G29 with 1/30 each, each G held 100% by P: the search for W's chains
        // is capped at 10 steps and stops deep inside H's owners, so W's report is truncated; the next report,
        // for the simple X (A 60% of B, B 50% of X), must still show A –60%→ B –50%→ X on the same walk.
        OwnershipGraphBuilder b = persons("P", "A");
        b.ownership("H", "W", 100);
        for (int i = 0; i < 30; i++) {
            b.ownership("G" + i, "H", 100.0 / 30);
            b.ownership("P", "G" + i, 100);
        }
        b.ownership("A", "B", 60);
        b.ownership("B", "X", 50);
        UltimateBeneficialOwners ubo = new UltimateBeneficialOwners(b.build(), new UboRules(0.25, 100, 1e-12, 5, 10));
        Map<String, UboReport> all = new ConcurrentHashMap<>();
        ubo.forEachCompany(1, r -> all.put(r.company(), r));

        assertThat(all.get("W").chainsTruncated()).isTrue();
        assertThat(all.get("W").owners().get(0).share().getAsDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(all.get("X").owners().get(0).chains()).extracting(Chain::describe)
                .containsExactly("A –60%→ B –50%→ X = 30%");
    }
}
