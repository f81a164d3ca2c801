package nl.gedeeldbeeld.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;

/**
 * The provenance shared by a run's statements, completed per record: the collected date may come from the
 * record (FtM first_seen), and retention is counted from the collected date as the regime prescribes.
 *
 * @param defaultCollectedAt when neither the request nor the record says: the start of the run, so a
 *                           resumed run gives its later batches the same date as its first
 */
record ProvenanceTemplate(String dataset, String partner, String regime, Reliability reliability,
                          Optional<Instant> collectedAt, Optional<LocalDate> retainUntil, Period retention,
                          Instant defaultCollectedAt) {
    private static final ZoneId LEGAL_TIME = ZoneId.of("Europe/Amsterdam");

    Provenance forRecord(Optional<Instant> firstSeen, String batchId) {
        Instant collected = collectedAt.or(() -> firstSeen).orElse(defaultCollectedAt);
        LocalDate until = retainUntil.orElseGet(() -> collected.atZone(LEGAL_TIME).toLocalDate().plus(retention));
        return new Provenance(dataset, partner, regime, reliability, collected, until, batchId);
    }
}
