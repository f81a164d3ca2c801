package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.app.entity.EntityNotFoundException;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.app.resolution.ResolutionExport;
import nl.gedeeldbeeld.app.resolution.StoreResolution;
import nl.gedeeldbeeld.model.resolution.JudgementLedger;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.resolve.ResolutionProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Entity resolution over the small synthetic world in the store, and what each viewer learns of it: the
 * records it may see, "known at" a partner it may only learn of by hit/no-hit, and nothing otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LawfulResolutionTest {
    private SyntheticWorld world;
    private JudgementLedger ledger;
    private IdentityService identities;
    private StoreResolution.Summary first;
    private StoreResolution.Summary second;

    @BeforeAll
    void resolve() {
        world = SyntheticWorld.open();
        ledger = world.storage.store().judgements();
        StoreResolution resolution = new StoreResolution(world.storage.store(), ledger, PolicyCatalogue.demo(),
                SchemaRegistry.standard(), world.access.audited(), Clock.systemUTC());
        first = resolution.run("test", ResolutionProgress.NONE);
        second = resolution.run("test", ResolutionProgress.NONE);
        identities = new IdentityService(world.access, world.storage.store(), ledger,
                world.storage.store().pendingJudgements(), PolicyCatalogue.demo(), SchemaRegistry.standard(), world.audit,
                Clock.systemUTC());
    }

    @AfterAll
    void close() {
        world.close();
    }

    @Test
    void aRunRecordsTheModelsJudgementsAndRunningAgainOnTheSameStoreRecordsNothing() {
        assertThat(first.records()).isPositive();
        assertThat(first.matches()).isPositive();
        assertThat(first.appended()).isEqualTo(ledger.all().size());
        assertThat(second.appended()).isZero();
        assertThat(second.identities()).isEqualTo(first.identities());
        assertThat(ledger.all()).allMatch(j -> !j.human() && j.reason().isPresent());
    }

    @Test
    void theRunComparesTheAccountsAndCompaniesThePersonsOwnPartnersLinkItTo() {
        List<nl.gedeeldbeeld.app.resolution.StoredPerson> persons = nl.gedeeldbeeld.app.resolution.StoredPersons.read(
                world.storage.store(), SchemaRegistry.standard());
        assertThat(persons).as("FIOD's account holders, by the Ownership of their accounts")
                .anyMatch(p -> p.dataset().startsWith("fiod") && !p.record().accounts().isEmpty());
        assertThat(persons).as("directors and shareholders in the Bibob files, by KvK number")
                .anyMatch(p -> p.dataset().startsWith("riec-bibob") && !p.record().companies().isEmpty());
        assertThat(persons).as("no partner here links a police record to an account")
                .noneMatch(p -> p.dataset().startsWith("politie") && !p.record().accounts().isEmpty());
    }

    @Test
    void pairsThatNoPartnerMayLearnOfAreNeverCompared() {
        assertThat(first.outOfScope()).as("e.g. FIU and municipal records (Wwft art. 12)").isPositive();
        Map<String, String> datasetOf = world.identities().stream()
                .collect(Collectors.toMap(r -> world.storage.store().entityIds().id(r[0], r[1]), r -> r[0], (a, b) -> a));
        assertThat(ledger.all()).noneMatch(j -> {
            String a = datasetOf.get(j.left());
            String b = datasetOf.get(j.right());
            return a != null && b != null && ((a.startsWith("fiu") && b.startsWith("riec-bibob"))
                    || (b.startsWith("fiu") && a.startsWith("riec-bibob")));
        });
    }

    @Test
    void aViewerSeesTheRecordsItMayLearnsKnownAtOfThoseItMayOnlyLearnOfAndNothingOfTheRest() {
        String police = policeRecordMatchedWith("fiod-onderzoek");
        List<String> group = identityOf(police);
        List<String> fiodRecords = group.stream().filter(id -> datasetOf(id).equals("fiod-onderzoek")).toList();
        assertThat(fiodRecords).isNotEmpty();

        AccessContext rechercheur = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        IdentityService.Identity seen = identities.identity(rechercheur, police).orElseThrow();
        assertThat(seen.members()).extracting(IdentityService.Member::entityId).contains(police).doesNotContainAnyElementsOf(fiodRecords);
        assertThat(seen.knownAt()).extracting(IdentityService.KnownAt::organisation).containsExactly("FIOD");
        assertThat(seen.toString()).doesNotContain(fiodRecords.get(0));

        AccessContext analist = world.as("analist-politie", "THEMATISCHE_ANALYSE");
        IdentityService.Identity forAnalysis = identities.identity(analist, police).orElseThrow();
        assertThat(forAnalysis.knownAt()).as("no hit/no-hit route for this purpose").isEmpty();
        assertThat(forAnalysis.members()).extracting(IdentityService.Member::entityId).doesNotContainAnyElementsOf(fiodRecords);

        AccessContext bibob = world.as("bibob-medewerker", "BIBOB_TOETS");
        assertThat(identities.identity(bibob, police)).as("may not see the entity at all").isEmpty();
    }

    @Test
    void nobodyJudgesAPairTheyMayNotSeeBothRecordsOfAndAJudgementCanBeReversed() {
        String police = policeRecordMatchedWith("fiod-onderzoek");
        String fiod = identityOf(police).stream().filter(id -> datasetOf(id).equals("fiod-onderzoek")).findFirst().orElseThrow();
        AccessContext rechercheur = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThatThrownBy(() -> identities.judge(rechercheur, police, fiod, Verdict.NO_MATCH, Optional.empty()))
                .isInstanceOf(EntityNotFoundException.class);
        assertThat(identities.reviewQueue(rechercheur, 50)).allMatch(item ->
                !item.left().dataset().equals("fiod-onderzoek") && !item.right().dataset().equals("fiod-onderzoek"));

        AccessContext fiodRechercheur = world.as("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(identities.identity(fiodRechercheur, fiod).orElseThrow().members())
                .extracting(IdentityService.Member::entityId).as("police data reaches FIOD for investigations").contains(police);
        // The police record is the police's: FIOD's judgement waits for their consent, then applies.
        AccessContext politie = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        var split = identities.judge(fiodRechercheur, police, fiod, Verdict.NO_MATCH, Optional.of("andere persoon"));
        assertThat(split.status()).isEqualTo("PENDING_CONSENT");
        assertThat(identities.identity(fiodRechercheur, fiod).orElseThrow().members())
                .extracting(IdentityService.Member::entityId).as("not before the owner consents").contains(police);
        identities.answer(politie, split.pendingId().orElseThrow(), true);
        assertThat(identities.identity(fiodRechercheur, fiod).orElseThrow().members())
                .extracting(IdentityService.Member::entityId).doesNotContain(police);
        var join = identities.judge(fiodRechercheur, police, fiod, Verdict.MATCH, Optional.of("toch dezelfde"));
        identities.answer(politie, join.pendingId().orElseThrow(), true);
        assertThat(identities.identity(fiodRechercheur, fiod).orElseThrow().members())
                .extracting(IdentityService.Member::entityId).contains(police);
    }

    @Test
    void theExportHoldsSourceIdsOfPairsTheRequesterMaySeeBothRecordsOf() throws Exception {
        Path file = world.dir.resolve("pairs.csv");
        AccessContext rechercheur = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        int rows = ResolutionExport.write(file, world.access, rechercheur, ledger, world.audit, Clock.systemUTC());

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("left_id,right_id,score,verdict,left_dataset,right_dataset");
        assertThat(lines).hasSize(rows + 1);
        assertThat(rows).isPositive();
        assertThat(lines.subList(1, lines.size())).as("no FIOD records, and ids without their store signature")
                .allMatch(l -> !l.contains("fiod-onderzoek") && !l.matches(".*\\.[0-9a-f]{40}.*"));
    }

    private String policeRecordMatchedWith(String dataset) {
        return ledger.all().stream().filter(j -> j.verdict() == Verdict.MATCH)
                .filter(j -> datasetOf(j.left()).equals(dataset) || datasetOf(j.right()).equals(dataset))
                .map(j -> datasetOf(j.left()).equals("politie-bvh") ? j.left() : j.right())
                .filter(id -> datasetOf(id).equals("politie-bvh")).findFirst().orElseThrow();
    }

    private List<String> identityOf(String id) {
        return nl.gedeeldbeeld.resolve.Judgements.of(ledger.all()).identities(ledger.all().stream()
                        .flatMap(j -> java.util.stream.Stream.of(j.left(), j.right())).distinct().toList())
                .stream().filter(g -> g.contains(id)).findFirst().orElse(List.of(id));
    }

    private String datasetOf(String entityId) {
        return world.storage.store().statementsOf(entityId).get(0).provenance().dataset();
    }
}
