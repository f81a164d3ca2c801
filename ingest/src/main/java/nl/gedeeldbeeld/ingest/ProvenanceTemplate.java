package nl.gedeeldbeeld.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.provenance.LegalRegime;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
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

    /**
     * The provenance of a statement row: what the row states wins (it is the statement's own provenance,
     * e.g. of an export from another store), the request fills what the row leaves out, and retention is
     * counted from the collected date under the row's regime.
     *
     * @throws UserInputException when the row names a regime the catalogue does not know, an unreadable
     *                            reliability grade or an invalid dataset name
     */
    Provenance forStatement(StatementColumns.Provenance row, String batchId, LegalRegimes regimes) {
        String rowRegime = row.regime().orElse(regime);
        Period rowRetention = row.regime().isEmpty() ? retention : regimes.find(rowRegime).map(LegalRegime::retention)
                .orElseThrow(() -> new UserInputException("legal_regime '" + rowRegime + "' is not a regime of the "
                        + "catalogue; see 'gb regimes'"));
        Reliability rowReliability = row.reliability().isEmpty() ? reliability : Reliability.parse(row.reliability().get());
        Instant collected = row.collectedAt().or(() -> collectedAt).or(row::firstSeen).orElse(defaultCollectedAt);
        LocalDate until = row.retainUntil().or(() -> retainUntil)
                .orElseGet(() -> collected.atZone(LEGAL_TIME).toLocalDate().plus(rowRetention));
        return new Provenance(row.dataset().orElse(dataset), row.partner().orElse(partner), rowRegime, rowReliability,
                collected, until, row.batch().orElse(batchId));
    }

    Provenance forRecord(Optional<Instant> firstSeen, String batchId) {
        Instant collected = collectedAt.or(() -> firstSeen).orElse(defaultCollectedAt);
        LocalDate until = retainUntil.orElseGet(() -> collected.atZone(LEGAL_TIME).toLocalDate().plus(retention));
        return new Provenance(dataset, partner, regime, reliability, collected, until, batchId);
    }
}
