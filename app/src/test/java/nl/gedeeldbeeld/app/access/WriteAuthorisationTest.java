package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.app.resolution.IdentityService;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.policy.export.ExportStatus;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.LegalHold;
import nl.gedeeldbeeld.policy.registers.PendingJudgement;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.store.PurgeReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The write-authorisation model end to end on the small synthetic world with the demo catalogue's users:
 * the exploits of issue 13 (findings 5–8) refused with the rule that refused them in the audit log, and the
 * lawful paths beside them.
 */
class WriteAuthorisationTest {
    private SyntheticWorld world;
    private IdentityService identities;

    @BeforeEach
    void open() {
        world = SyntheticWorld.open();
        identities = new IdentityService(world.access, world.storage.store(), world.storage.store().judgements(),
                world.storage.store().pendingJudgements(), PolicyCatalogue.demo(), SchemaRegistry.standard(), world.audit,
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        world.close();
    }

    private List<String> entities(String dataset, String schema) {
        return world.identities().stream().filter(r -> r[0].equals(dataset) && r[3].equals(schema))
                .map(r -> world.storage.store().entityIds().id(r[0], r[1])).distinct().toList();
    }

    /** The write decisions in the audit log since the given sequence, as "OUTCOME rule-id". */
    private List<String> writeDecisionsSince(long sequence) {
        world.audit.flush();
        return world.audit.read(sequence + 1, world.audit.lastSequence()).stream()
                .filter(e -> e.record().action() == AuditAction.DECIDE && e.record().detail().startsWith("WRITE_RULE "))
                .map(e -> e.record().decision() + " " + e.record().detail().split(" ")[1]).toList();
    }

    private List<String> members(AccessContext ctx, String id) {
        return identities.identity(ctx, id).map(i -> i.members().stream().map(IdentityService.Member::entityId).toList())
                .orElse(List.of());
    }

    // ---- finding 5: joint cases ---------------------------------------------------------------------------

    @Test
    @DisplayName("finding 5: a party of a joint case cannot put another partner's entity in it and so open that partner's sharing")
    void finding5AnotherPartnersEntityCannotBePutInAJointCase() {
        String police = entities("politie-bvh", "Person").get(0);
        AccessContext riec = world.as("riec-adviseur", "RIEC_CASUS");
        var casus = world.access.sharing().openCase(riec, "Casus", Set.of("POLITIE", "OM", "GEMEENTE_ROTTERDAM"));
        // The OM sees police persons for a criminal investigation, and takes part in the case.
        AccessContext om = world.as("officier-om", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(world.access.entities().profile(om, police)).isPresent();
        long before = world.audit.lastSequence();

        assertThatThrownBy(() -> world.access.sharing().addToCase(om, casus.id(), police))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("casus-eigen-entiteiten");

        assertThat(writeDecisionsSince(before)).containsExactly("REFUSE casus-eigen-entiteiten");
        assertThat(world.storage.store().registers().entitiesOfCase(casus.id())).isEmpty();
        assertThat(world.access.entities().profile(riec, police)).as("the police's JOINT_CASE sharing stays shut").isEmpty();
    }

    @Test
    void theOwnerPutsItsOwnEntityInAJointCaseAndThePartiesThenSeeIt() {
        String police = entities("politie-bvh", "Person").get(0);
        AccessContext riec = world.as("riec-adviseur", "RIEC_CASUS");
        var casus = world.access.sharing().openCase(riec, "Casus", Set.of("POLITIE"));
        long before = world.audit.lastSequence();

        world.access.sharing().addToCase(world.as("analist-politie", "THEMATISCHE_ANALYSE"), casus.id(), police);

        assertThat(writeDecisionsSince(before)).containsExactly("ALLOW casus-eigen-entiteiten");
        assertThat(world.access.entities().profile(riec, police)).isPresent();
    }

    // ---- finding 6: judgements ----------------------------------------------------------------------------

    @Test
    @DisplayName("finding 6: a municipality's judgement on two police records waits for the police and changes nobody's identities until then")
    void finding6AJudgementOnAnotherPartnersRecordsWaitsForItsConsent() {
        List<String> police = entities("politie-bvh", "Person");
        String a = police.get(0);
        String b = police.get(1);
        AccessContext riec = world.as("riec-adviseur", "RIEC_CASUS");
        var casus = world.access.sharing().openCase(riec, "Casus", Set.of("POLITIE", "GEMEENTE_ROTTERDAM"));
        AccessContext policeAnalyst = world.as("analist-politie", "THEMATISCHE_ANALYSE");
        world.access.sharing().addToCase(policeAnalyst, casus.id(), a);
        world.access.sharing().addToCase(policeAnalyst, casus.id(), b);
        AccessContext gemeente = world.as("bibob-medewerker", "RIEC_CASUS");
        long before = world.audit.lastSequence();

        IdentityService.Judged judged = identities.judge(gemeente, a, b, Verdict.MATCH, Optional.of("zelfde adres"));

        assertThat(judged.status()).isEqualTo("PENDING_CONSENT");
        assertThat(judged.awaitingConsentOf()).containsExactly("POLITIE");
        assertThat(writeDecisionsSince(before)).containsExactly("PENDING_CONSENT oordeel-eigen-registraties");
        assertThat(world.storage.store().judgements().all()).as("nothing in the ledger").isEmpty();
        for (AccessContext viewer : List.of(world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"),
                world.as("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK"), world.as("officier-om", "STRAFRECHTELIJK_ONDERZOEK"),
                gemeente)) {
            assertThat(members(viewer, a)).as("identity of %s for %s", a, viewer.user().id()).doesNotContain(b);
        }
        // The owner is told: the judgement is in the police's queue, and the police refuse it.
        AccessContext policeDetective = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(identities.pending(policeDetective)).extracting(IdentityService.PendingItem::id).containsExactly(judged.pendingId().get());
        assertThat(identities.pending(gemeente)).isEmpty();
        IdentityService.PendingItem refused = identities.answer(policeDetective, judged.pendingId().get(), false);
        assertThat(refused.status()).isEqualTo(PendingJudgement.Status.REFUSED);
        assertThat(members(policeDetective, a)).doesNotContain(b);
        assertThatThrownBy(() -> identities.answer(gemeente, judged.pendingId().get(), true))
                .as("only an owner answers").hasMessageContaining("no judgement");
    }

    @Test
    void aJudgementOnOwnRecordsAppliesAtOnce() {
        List<String> police = entities("politie-bvh", "Person");
        AccessContext detective = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        long before = world.audit.lastSequence();

        IdentityService.Judged judged = identities.judge(detective, police.get(2), police.get(3), Verdict.MATCH, Optional.empty());

        assertThat(judged.status()).isEqualTo("APPLIED");
        assertThat(writeDecisionsSince(before)).containsExactly("ALLOW oordeel-eigen-registraties");
        assertThat(members(detective, police.get(2))).contains(police.get(3));
        assertThat(members(world.as("officier-om", "STRAFRECHTELIJK_ONDERZOEK"), police.get(2))).contains(police.get(3));
    }

    @Test
    void aConsentedCrossOwnerJudgementCountsOnlyForViewersWhoSeeBothRecords() {
        List<String> police = entities("politie-bvh", "Person");
        String p1 = police.get(4);
        String p2 = police.get(5);
        String f1 = entities("fiod-onderzoek", "Person").get(0);
        AccessContext fiod = world.as("rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        AccessContext policeDetective = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");

        var first = identities.judge(fiod, p1, f1, Verdict.MATCH, Optional.of("zelfde BSN"));
        var second = identities.judge(fiod, f1, p2, Verdict.MATCH, Optional.of("zelfde BSN"));
        assertThat(members(fiod, p1)).as("pending").containsExactly(p1);
        identities.answer(policeDetective, first.pendingId().orElseThrow(), true);
        IdentityService.PendingItem applied = identities.answer(policeDetective, second.pendingId().orElseThrow(), true);

        assertThat(applied.status()).isEqualTo(PendingJudgement.Status.APPLIED);
        assertThat(identities.proposed(fiod)).extracting(IdentityService.PendingItem::status)
                .containsOnly(PendingJudgement.Status.APPLIED);
        assertThat(members(fiod, p1)).as("FIOD sees all three records").containsExactlyInAnyOrder(p1, f1, p2);
        assertThat(world.access.entities().profile(policeDetective, f1)).as("no hit confirmed").isEmpty();
        assertThat(members(policeDetective, p1)).as("the police do not see FIOD's record, so its judgements do not link")
                .containsExactly(p1);
    }

    // ---- finding 7: retention ----------------------------------------------------------------------------

    @Test
    @DisplayName("finding 7: the police privacy officer cannot hold FIU data, lift others' holds, or purge and list other partners' data")
    void finding7TheOfficerActsOnTheOwnOrganisationsDataOnly() {
        AccessContext officer = world.as("privacy-officer", "VERANTWOORDING");
        String fiuEntity = entities("fiu-ongebruikelijke-transacties", "LegalEntity").get(0);
        long before = world.audit.lastSequence();

        assertThatThrownBy(() -> world.access.retention().placeHold(officer, HoldScope.DATASET,
                "fiu-ongebruikelijke-transacties", "onderzoek")).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("bewaarplicht-eigen-gegevens");
        assertThatThrownBy(() -> world.access.retention().placeHold(officer, HoldScope.ENTITY, fiuEntity, "onderzoek"))
                .isInstanceOf(AccessRefusedException.class);
        // A hold FIU-Nederland's own officer placed.
        world.storage.store().legalHolds().place(new LegalHold("fiu-hold", HoldScope.DATASET, "fiu-ongebruikelijke-transacties",
                "Wwft-procedure", "fg-fiu", "FIU", Instant.now(), Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> world.access.retention().liftHold(officer, "fiu-hold"))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("bewaarplicht-opheffen");
        assertThat(world.access.retention().holds(officer, true)).as("the FIU's holds are not the police's to list").isEmpty();

        PurgeReport report = world.access.retention().purge(officer, LocalDate.of(2300, 1, 1), false);
        assertThat(report.purged()).isPositive();
        assertThat(report.purgedByDatasetAndRegime().keySet()).allMatch(k -> k.startsWith("politie-"));
        assertThat(report.touchedEntityIds()).allMatch(id -> world.identities().stream()
                .anyMatch(r -> r[0].startsWith("politie-") && world.storage.store().entityIds().id(r[0], r[1]).equals(id)));
        assertThat(world.storage.store().statementsOf(fiuEntity)).as("FIU data is not the police's to purge").isNotEmpty();
        assertThat(world.storage.store().legalHolds().activeHolds()).extracting(LegalHold::id).contains("fiu-hold");

        assertThatThrownBy(() -> world.access.retention().purge(world.as("analist-politie", "THEMATISCHE_ANALYSE"), true))
                .as("an analyst is no privacy officer").isInstanceOf(AccessRefusedException.class);
        assertThat(writeDecisionsSince(before)).containsExactly("REFUSE bewaarplicht-eigen-gegevens",
                "REFUSE bewaarplicht-eigen-gegevens", "REFUSE bewaarplicht-opheffen", "ALLOW schonen-eigen-gegevens",
                "REFUSE schonen-eigen-gegevens");
    }

    @Test
    void theOfficerHoldsAndLiftsTheOwnOrganisationsData() {
        AccessContext officer = world.as("privacy-officer", "VERANTWOORDING");
        String police = entities("politie-bvh", "Person").get(0);

        LegalHold entity = world.access.retention().placeHold(officer, HoldScope.ENTITY, police, "bezwaar");
        LegalHold dataset = world.access.retention().placeHold(officer, HoldScope.DATASET, "politie-bvh", "procedure");

        assertThat(entity.organisation()).isEqualTo("POLITIE");
        assertThat(world.access.retention().holds(officer, false)).extracting(LegalHold::id)
                .containsExactly(entity.id(), dataset.id());
        assertThat(world.access.retention().liftHold(officer, dataset.id())).isTrue();
        assertThat(world.access.retention().holds(officer, false)).extracting(LegalHold::id).containsExactly(entity.id());
    }

    // ---- finding 8: protection flags ---------------------------------------------------------------------

    @Test
    @DisplayName("finding 8: a flag is lifted only by two members of the owning unit, and its alerts are that unit's only")
    void finding8OnlyTheOwningUnitLiftsAFlagWithFourEyesAndReadsItsAlerts() {
        String person = entities("politie-bvh", "Person").get(3);
        AccessContext owner = world.as("analist-politie", "THEMATISCHE_ANALYSE");
        List<ProtectionFlag> flags = world.access.protection().protect(owner, person, "bedreigde getuige");
        assertThat(flags.get(0).purpose()).isEqualTo("THEMATISCHE_ANALYSE");
        world.access.entities().profile(world.as("officier-om", "STRAFRECHTELIJK_ONDERZOEK"), person); // raises an alert
        AccessContext officer = world.as("privacy-officer", "VERANTWOORDING");
        AccessContext otherUnit = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        long before = world.audit.lastSequence();

        assertThatThrownBy(() -> world.access.protection().requestLift(officer, person, "niet meer nodig"))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("afscherming-opheffen-verzoek");
        assertThatThrownBy(() -> world.access.protection().approveLift(officer, person))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("afscherming-opheffen-vier-ogen");
        assertThatThrownBy(() -> world.access.protection().requestLift(otherUnit, person, "niet meer nodig"))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("owning unit");
        world.access.protection().requestLift(owner, person, "dreiging voorbij");
        assertThatThrownBy(() -> world.access.protection().approveLift(owner, person))
                .as("the requester is not the second person").isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("second person");
        assertThat(world.storage.store().registers().isProtected(person)).isTrue();

        // Alerts: the owning unit sees who looked; another unit and the privacy officer do not.
        assertThat(world.access.protection().alerts(owner, true)).extracting(ProtectionAlert::actor).contains("officier-om");
        assertThat(world.access.protection().alerts(otherUnit, true)).isEmpty();
        assertThat(world.access.protection().flags(otherUnit)).isEmpty();
        assertThatThrownBy(() -> world.access.protection().alerts(officer, true)).isInstanceOf(AccessRefusedException.class);

        world.access.protection().approveLift(world.as("teamleider-rio", "THEMATISCHE_ANALYSE"), person);

        assertThat(world.storage.store().registers().isProtected(person)).isFalse();
        assertThat(writeDecisionsSince(before)).containsExactly("REFUSE afscherming-opheffen-verzoek",
                "REFUSE afscherming-opheffen-vier-ogen", "REFUSE afscherming-opheffen-verzoek",
                "ALLOW afscherming-opheffen-verzoek", "REFUSE afscherming-opheffen-vier-ogen",
                "ALLOW afscherming-meldingen-eigen-eenheid", "ALLOW afscherming-meldingen-eigen-eenheid",
                "REFUSE afscherming-meldingen-eigen-eenheid", "ALLOW afscherming-opheffen-vier-ogen");
        assertThat(world.audit.findByObjectId(person)).extracting(e -> e.record().decision()).contains("LIFT_REQUESTED", "LIFTED");
    }

    @Test
    void aFlagIsPlacedOnlyUnderAnInvestigativePurpose() {
        String person = entities("politie-bvh", "Person").get(3);
        assertThatThrownBy(() -> world.access.protection().protect(world.as("privacy-officer", "VERANTWOORDING"), person,
                "bedreigd")).isInstanceOf(AccessRefusedException.class).hasMessageContaining("afscherming-eigen-eenheid");
        assertThat(world.storage.store().registers().isProtected(person)).isFalse();
        assertThat(world.access.protection().protect(world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK"), person,
                "bedreigd").get(0).ownerUnit()).isEqualTo("DRR-RR");
    }

    // ---- exports ------------------------------------------------------------------------------------------

    @Test
    void anExportIsDecidedByASecondPersonOfTheRequestersOrganisationAndHoldsWhatTheRequesterMaySee() {
        String holder = entities("havenbedrijf-rotterdam", "Person").get(0);
        AccessContext requester = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        var request = world.access.exports().request(requester, List.of(holder), ExportFormat.CSV, "proces-verbaal");
        assertThat(request.status()).isEqualTo(ExportStatus.PENDING_APPROVAL);
        long before = world.audit.lastSequence();

        assertThatThrownBy(() -> world.access.exports().approve(requester, request.id(), "zelf"))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("export-vier-ogen");
        world.access.exports().approve(world.as("zeehavenpolitie", "STRAFRECHTELIJK_ONDERZOEK"), request.id(), "akkoord");
        var file = world.access.exports().download(requester, request.id());

        assertThat(writeDecisionsSince(before)).containsExactly("REFUSE export-vier-ogen", "ALLOW export-vier-ogen");
        long rows = new String(file.content(), java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1;
        assertThat(rows).isEqualTo(world.access.entities().statements(requester, List.of(holder), "test").statementsOf(holder).size());
        List<AuditEvent> decided = world.audit.read(before + 1, world.audit.lastSequence()).stream()
                .filter(e -> e.record().action() == AuditAction.EXPORT && e.record().decision().equals("APPROVED")).toList();
        assertThat(decided).singleElement().satisfies(e -> assertThat(e.record().detail()).contains("export-vier-ogen"));
    }
}
