package nl.gedeeldbeeld.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.model.entity.EntityIdScheme;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.statement.Statement;

/** Statements, runs and batches for tests, with readable defaults. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2025-01-10T09:00:00Z");
    public static final Instant T1 = Instant.parse("2025-02-10T09:00:00Z");

    /**
     * Ids for statements written straight into a store: a fixed test key, not the store's own. Tests that go
     * through an importer or the source-id lookup use the store's {@code entityIds()} instead.
     */
    public static final EntityIdScheme IDS = EntityIdScheme.withKey(
            "fixture-entity-id-key-32-bytes!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private Fixtures() {
    }

    public static String entity(String dataset, String sourceId) {
        return IDS.id(dataset, sourceId);
    }

    public static Provenance provenance(String dataset, String partner, String regime, String batchId) {
        return new Provenance(dataset, partner, regime, Reliability.parse("B2"), T0, LocalDate.of(2030, 1, 1), batchId);
    }

    public static Statement statement(String dataset, String sourceId, String schema, String property, String value,
                                      String original, String partner, String regime, Instant seenAt) {
        String entityId = entity(dataset, sourceId);
        String v = property.equals(Statement.ID_PROPERTY) ? entityId : value;
        return new Statement(Statement.makeId(dataset, entityId, property, v), entityId, schema, property, v, original,
                provenance(dataset, partner, regime, "run#1"), seenAt, seenAt);
    }

    public static Statement statement(String dataset, String sourceId, String schema, String property, String value) {
        return statement(dataset, sourceId, schema, property, value, value, "politie", "WPG_ART8", T0);
    }

    /** An entity as statements: its id statement plus the property/value pairs given. */
    public static List<Statement> entity(String dataset, String sourceId, String schema, String partner, String regime,
                                         Instant seenAt, String... propertyValues) {
        List<Statement> out = new ArrayList<>();
        out.add(statement(dataset, sourceId, schema, Statement.ID_PROPERTY, "", sourceId, partner, regime, seenAt));
        for (int i = 0; i < propertyValues.length; i += 2) {
            out.add(statement(dataset, sourceId, schema, propertyValues[i], propertyValues[i + 1], propertyValues[i + 1],
                    partner, regime, seenAt));
        }
        return out;
    }

    public static List<Statement> entity(String dataset, String sourceId, String schema, String... propertyValues) {
        return entity(dataset, sourceId, schema, "politie", "WPG_ART8", T0, propertyValues);
    }

    public static ImportRun run(String runId, String dataset) {
        return new ImportRun(runId, dataset, "politie", "WPG_ART8", dataset + ".csv", "ab".repeat(32), "{}", T0,
                ImportRun.Status.RUNNING, 0, 0, 0);
    }

    public static ImportBatch batch(String runId, int number, Instant seenAt) {
        return new ImportBatch(runId, number, (number - 1) * 100L + 1, number * 100L, seenAt);
    }

    public static QuarantinedRecord quarantined(String runId, String dataset, long recordNumber) {
        return new QuarantinedRecord(runId, dataset, dataset + ".csv", recordNumber, "iban: fails its checksum",
                "P9;NL00BANK0123456789", T0, false);
    }
}
