package nl.gedeeldbeeld.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditEvent;
import nl.gedeeldbeeld.policy.audit.AuditVerifier;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.policy.export.ExportStatus;
import nl.gedeeldbeeld.policy.registers.AlertTrigger;
import nl.gedeeldbeeld.policy.registers.HoldScope;
import nl.gedeeldbeeld.policy.registers.ProtectionAlert;
import nl.gedeeldbeeld.store.PurgeReport;
import nl.gedeeldbeeld.store.search.SearchFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention, legal hold, protected-person alerts and four-eyes exports, end to end on a synthetic world
 * imported into the embedded store, through the access layer the web application and CLI use.
 */
class LawfulSharingEndToEndTest {
    private SyntheticWorld world;

    @BeforeEach
    void open() {
        world = SyntheticWorld.open();
    }

    @AfterEach
    void close() {
        world.close();
    }

    private List<String> entities(String dataset, String schema) {
        return world.identities().stream().filter(r -> r[0].equals(dataset) && r[3].equals(schema))
                .map(r -> world.storage.store().entityIds().id(r[0], r[1])).distinct().toList();
    }

    private String captionOf(AccessContext ctx, String id) {
        return world.access.entities().profile(ctx, id).orElseThrow().view().caption();
    }

    @Test
    void retentionPurgesWhatIsPastItsDateExceptWhatALegalHoldKeepsAndAuditsTheCounts() {
        String heldPerson = entities("politie-bvh", "Person").get(0);
        String purgedPerson = entities("politie-bvh", "Person").get(1);
        AccessContext police = world.as("analist-politie", "THEMATISCHE_ANALYSE");
        String purgedName = captionOf(police, purgedPerson);
        AccessContext officer = world.as("privacy-officer", "VERANTWOORDING");
        world.access.retention().placeHold(officer, HoldScope.ENTITY, heldPerson, "bezwaarprocedure");
        world.access.retention().placeHold(officer, HoldScope.DATASET, "politie-bvh", "lopende strafzaak");
        world.access.retention().liftHold(officer, world.access.retention().holds(officer, false).stream()
                .filter(h -> h.scope() == HoldScope.DATASET).findFirst().orElseThrow().id());
        LocalDate farFuture = LocalDate.of(2300, 1, 1);

        PurgeReport dry = world.access.retention().purge(officer, farFuture, true);
        assertThat(dry.purged()).isPositive();
        assertThat(world.storage.store().statementsOf(purgedPerson)).isNotEmpty();

        PurgeReport done = world.access.retention().purge(officer, farFuture, false);
        assertThat(done.purged()).isEqualTo(dry.purged());
        assertThat(done.heldBack()).isPositive();
        assertThat(done.purgedByDatasetAndRegime()).containsKey("politie-bvh/WPG_ART8")
                .allSatisfy((key, n) -> assertThat(key).startsWith("politie-"));
        assertThat(world.storage.store().statementsOf(purgedPerson)).isEmpty();
        assertThat(world.storage.store().statementsOf(heldPerson)).isNotEmpty();
        assertThat(world.storage.store().statementsOf(entities("fiod-onderzoek", "Person").get(0)))
                .as("another partner's data is not the officer's to purge").isNotEmpty();
        assertThat(world.access.entities().search(police, purgedName, Set.of(), SearchFilter.unrestricted(), 0, 50).hits())
                .extracting(h -> h.entityId()).doesNotContain(purgedPerson);

        List<AuditEvent> purgeEvents = world.audit.read(1, world.audit.lastSequence()).stream()
                .filter(e -> e.record().action() == AuditAction.WRITE).toList();
        assertThat(purgeEvents).extracting(e -> e.record().decision()).containsSubsequence("PURGE_INTENT", "PURGED");
        assertThat(purgeEvents.get(purgeEvents.size() - 1).record().detail()).contains("purged=" + done.purged())
                .contains("schonen-eigen-gegevens");
        world.audit.flush();
        assertThat(AuditVerifier.verify(world.dir.resolve("audit/audit.log")).ok()).isTrue();
    }

    @Test
    void aStatementPastItsRetentionDateIsDeniedEvenBeforeThePurge() {
        String person = entities("politie-bvh", "Person").get(0);
        LocalDate last = world.storage.store().statementsOf(person).stream()
                .map(s -> s.provenance().retainUntil()).max(LocalDate::compareTo).orElseThrow();
        Instant after = last.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        assertThat(world.access.entities().profile(world.as("analist-politie", "THEMATISCHE_ANALYSE", after), person)).isEmpty();
        assertThat(world.access.entities().profile(world.as("analist-politie", "THEMATISCHE_ANALYSE"), person)).isPresent();
    }

    @Test
    void touchingAProtectedPersonAlertsTheOwningUnitAndOtherPartnersSeeNothingOfThem() {
        String person = entities("politie-bvh", "Person").get(3);
        AccessContext owner = world.as("analist-politie", "THEMATISCHE_ANALYSE");
        String name = captionOf(owner, person);
        var flags = world.access.protection().protect(owner, person, "bedreigde getuige");
        assertThat(flags).first().satisfies(f -> assertThat(f.ownerUnit()).isEqualTo("RIO-RR"));

        // A colleague of another police unit still sees the police's own data, and the unit is told.
        AccessContext colleague = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(world.access.entities().profile(colleague, person)).isPresent();

        // The OM would see police persons for a criminal investigation, but never a protected one.
        AccessContext om = world.as("officier-om", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(world.access.entities().profile(om, person)).isEmpty();
        assertThat(world.access.entities().search(om, name, Set.of(), SearchFilter.unrestricted(), 0, 100).hits())
                .extracting(h -> h.entityId()).doesNotContain(person);

        // The owner's own lookups raise nothing.
        world.access.entities().profile(owner, person);

        List<ProtectionAlert> alerts = world.access.protection().alerts(owner, true);
        assertThat(alerts).filteredOn(a -> a.entityId().equals(person))
                .extracting(ProtectionAlert::trigger, ProtectionAlert::actor)
                .contains(org.assertj.core.groups.Tuple.tuple(AlertTrigger.LOOKUP, "rechercheur-politie"),
                        org.assertj.core.groups.Tuple.tuple(AlertTrigger.LOOKUP, "officier-om"),
                        org.assertj.core.groups.Tuple.tuple(AlertTrigger.SEARCH_HIT, "officier-om"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(AlertTrigger.LOOKUP, "analist-politie"));
        // Flags and alerts are need-to-know: the OM learns nothing of them.
        assertThat(world.access.protection().flags(om)).isEmpty();
        assertThat(world.access.protection().alerts(om, true)).isEmpty();
        assertThat(world.audit.findByObjectId(person)).extracting(e -> e.record().action()).contains(AuditAction.ALERT);

        world.access.protection().acknowledge(owner, alerts.get(0).id());
        assertThat(world.access.protection().alerts(owner, false)).hasSize(alerts.size() - 1);
    }

    @Test
    void anExportWithAnotherPartnersPersonalDataNeedsASecondPersonOfTheSameOrganisation() {
        // Port pass holders (HAVENBEDRIJF) are visible to the police's port units for a criminal investigation.
        String holder = entities("havenbedrijf-rotterdam", "Person").get(0);
        AccessContext requester = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        assertThat(world.access.entities().profile(requester, holder)).isPresent();

        var request = world.access.exports().request(requester, List.of(holder), ExportFormat.CSV, "proces-verbaal zaak 12");
        assertThat(request.status()).isEqualTo(ExportStatus.PENDING_APPROVAL);
        assertThat(request.foreignPartners()).containsExactly("HAVENBEDRIJF");
        assertThatThrownBy(() -> world.access.exports().download(requester, request.id()))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("approve");
        assertThatThrownBy(() -> world.access.exports().approve(requester, request.id(), "zelf"))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("second person");
        assertThatThrownBy(() -> world.access.exports().approve(world.as("officier-om", "STRAFRECHTELIJK_ONDERZOEK"),
                request.id(), "ander")).hasMessageContaining("no export"); // another organisation does not even see it

        world.access.exports().approve(world.as("zeehavenpolitie", "STRAFRECHTELIJK_ONDERZOEK"), request.id(), "akkoord");
        var file = world.access.exports().download(requester, request.id());
        String csv = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("legal_regime", "agreement", "legal_basis", "dataset");
        List<Statement> visible = world.access.entities().statements(requester, List.of(holder), "test").statementsOf(holder);
        assertThat(csv.lines().count()).isEqualTo(1 + visible.size() + 0L);
        assertThat(csv).contains("haven-politie v1").contains("PRIVATE");
        assertThat(world.audit.read(1, world.audit.lastSequence())).filteredOn(e -> e.record().action() == AuditAction.EXPORT)
                .extracting(e -> e.record().decision()).contains("PENDING_APPROVAL", "APPROVED", "ALLOW");
        assertThat(world.audit.read(1, world.audit.lastSequence())).anyMatch(e -> e.record().detail().contains("sha256=" + file.sha256()));
    }

    @Test
    void anExportOfOwnDataNeedsNoApproval() {
        String person = entities("politie-bvh", "Person").get(5);
        AccessContext police = world.as("rechercheur-politie", "STRAFRECHTELIJK_ONDERZOEK");
        var request = world.access.exports().request(police, List.of(person), ExportFormat.FTM_JSONL, "eigen dossier");
        assertThat(request.status()).isEqualTo(ExportStatus.APPROVED);
        String lines = new String(world.access.exports().download(police, request.id()).content(), StandardCharsets.UTF_8);
        assertThat(lines.lines()).allSatisfy(l -> assertThat(l).contains("\"partner\":\"POLITIE\"", "\"decision_rule\":\"OWN_DATA\""));
    }
}
