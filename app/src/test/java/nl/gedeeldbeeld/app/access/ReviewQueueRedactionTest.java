package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.app.resolution.StoreResolution;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.JudgementLedger;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.resolve.ComparisonPattern;
import nl.gedeeldbeeld.resolve.Feature;
import nl.gedeeldbeeld.resolve.Judgements;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.PersonRecords;
import nl.gedeeldbeeld.resolve.ResolutionProgress;
import nl.gedeeldbeeld.store.VisibleStatements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13, finding 4: the review queue compared on values the viewer may not see. Two police records wait for
 * review; they are put in a joint case with the municipality, whose agreement (politie-riec-casus-gemeente)
 * shows police persons with the birth date "afgeschermd". The municipality's queue must give the birth date no
 * level, its other levels must be those of the values it sees, and the model's score and explanation (computed
 * on the birth dates) must not reach it; the police, who see both records whole, keep them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewQueueRedactionTest {
    private SyntheticWorld world;
    private IdentityService identities;
    private Judgement pair;

    @BeforeAll
    void resolveAndShareAPairWithTheMunicipality() {
        world = SyntheticWorld.open();
        JudgementLedger ledger = world.storage.store().judgements();
        new StoreResolution(world.storage.store(), ledger, PolicyCatalogue.demo(), SchemaRegistry.standard(),
                world.access.audited(), Clock.systemUTC()).run("test", ResolutionProgress.NONE);
        identities = new IdentityService(world.access, world.storage.store(), ledger,
                world.storage.store().pendingJudgements(), PolicyCatalogue.demo(), SchemaRegistry.standard(), world.audit,
                Clock.systemUTC());
        List<Judgement> queue = Judgements.of(ledger.all()).reviewQueue();
        pair = queue.stream()
                .filter(j -> List.of(partners(j.left()), partners(j.right())).containsAll(
                        List.of(Set.of("POLITIE"), Set.of("GEMEENTE_ROTTERDAM"))))
                .filter(j -> hasBirthDate(j.left()) && hasBirthDate(j.right()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no police-municipality pair with birth dates among "
                        + queue.size() + " to review: " + queue.stream().limit(20).map(j -> partners(j.left()) + "/"
                        + partners(j.right()) + " " + j.reason().orElse("")).toList()));
        AccessContext riec = world.as("riec-adviseur", "RIEC_CASUS");
        var casus = world.access.sharing().openCase(riec, "Casus", Set.of("POLITIE", "GEMEENTE_ROTTERDAM"));
        AccessContext police = world.as("analist-politie", "THEMATISCHE_ANALYSE");
        world.access.sharing().addToCase(police, casus.id(), policeRecord());
    }

    @AfterAll
    void close() {
        world.close();
    }

    @Test
    @DisplayName("finding 4: the municipality's review queue shows no level for the redacted police birth date")
    void finding4NoLevelForARedactedBirthDate() {
        AccessContext gemeente = world.as("bibob-medewerker", "RIEC_CASUS");
        assertThat(world.access.entities().profile(gemeente, policeRecord()).orElseThrow().redacted())
                .as("the birth date is afgeschermd for the municipality").anyMatch(r -> r.property().equals("birthDate"));

        IdentityService.ReviewItem item = itemFor(gemeente);

        assertThat(level(item, Feature.BIRTH_DATE)).isEmpty();
        assertThat(item.comparison()).filteredOn(f -> f.feature().equals(Feature.BIRTH_DATE.label()))
                .extracting(IdentityService.FeatureLevel::shown).containsExactly("niet beschikbaar");
        assertThat(item.judgement().reason()).as("the model's explanation weighed the birth date").isEmpty();
        assertThat(item.judgement().score()).as("the model's score rests on the birth date").isNaN();
        assertThat(item.toString()).doesNotContain("birth date 3", "birth date 2", "birth date 1", "birth date 0");
    }

    @Test
    @DisplayName("finding 4: the levels the municipality is shown equal those computed from the values it sees")
    void finding4LevelsComeFromTheVisibleValuesOnly() {
        AccessContext gemeente = world.as("bibob-medewerker", "RIEC_CASUS");
        IdentityService.ReviewItem item = itemFor(gemeente);
        PersonRecord left = visibleRecord(gemeente, pair.left());
        PersonRecord right = visibleRecord(gemeente, pair.right());
        assertThat(visibleRecord(gemeente, policeRecord()).birthDate()).isEmpty();
        for (Feature f : ComparisonPattern.features()) {
            int expected = f.compare(left, right);
            assertThat(level(item, f)).as(f.label())
                    .isEqualTo(expected == Feature.MISSING ? Optional.empty() : Optional.of(expected));
        }
        assertThat(item.comparison()).anySatisfy(f -> assertThat(f.level()).isPresent());
    }

    @Test
    @DisplayName("finding 4: the model's score and explanation stay only on pairs of the viewer's own records")
    void finding4TheModelsScoreStaysOnlyWithTheOwnerOfBothRecords() {
        AccessContext gemeente = world.as("bibob-medewerker", "RIEC_CASUS");
        List<IdentityService.ReviewItem> queue = identities.reviewQueue(gemeente, 200);
        assertThat(queue).isNotEmpty().allSatisfy(item -> {
            boolean ownBoth = partners(item.left().entityId()).equals(Set.of("GEMEENTE_ROTTERDAM"))
                    && partners(item.right().entityId()).equals(Set.of("GEMEENTE_ROTTERDAM"));
            assertThat(item.judgement().reason().isPresent()).as(item.toString()).isEqualTo(ownBoth);
            assertThat(Double.isNaN(item.judgement().score())).isEqualTo(!ownBoth);
        });
    }

    private String policeRecord() {
        return partners(pair.left()).contains("POLITIE") ? pair.left() : pair.right();
    }

    private IdentityService.ReviewItem itemFor(AccessContext ctx) {
        return identities.reviewQueue(ctx, 200).stream()
                .filter(i -> i.judgement().left().equals(pair.left()) && i.judgement().right().equals(pair.right()))
                .findFirst().orElseThrow(() -> new AssertionError("the pair is not in the queue of " + ctx.user().id()));
    }

    private static Optional<Integer> level(IdentityService.ReviewItem item, Feature feature) {
        return item.comparison().stream().filter(f -> f.feature().equals(feature.label())).findFirst().orElseThrow().level();
    }

    /** The record as the viewer's own reads give it: the person and its address through the access layer. */
    private PersonRecord visibleRecord(AccessContext ctx, String id) {
        SchemaRegistry schemas = SchemaRegistry.standard();
        VisibleStatements person = world.access.entities().statements(ctx, List.of(id), "test");
        EntityView view = EntityView.of(id, person.statementsOf(id), schemas).orElseThrow();
        return PersonRecords.of(view, address -> EntityView.of(address,
                world.access.entities().statements(ctx, List.of(address), "test").statementsOf(address), schemas));
    }

    private boolean isPolice(String id) {
        return world.storage.store().statementsOf(id).stream().allMatch(s -> s.provenance().partner().equals("POLITIE"));
    }

    private Set<String> partners(String id) {
        return world.storage.store().partnersOf(id);
    }

    private boolean hasBirthDate(String id) {
        return world.storage.store().statementsOf(id).stream().map(Statement::property).anyMatch("birthDate"::equals);
    }
}
