package nl.gedeeldbeeld.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;

/** Statements and catalogues for the tests. */
public final class Fixtures {
    public static final Instant JUNE_2025 = Instant.parse("2025-06-02T10:00:00Z");
    public static final Instant JUNE_2024 = Instant.parse("2024-06-03T10:00:00Z");

    private static PolicyCatalogue demo;

    private Fixtures() {
    }

    public static synchronized PolicyCatalogue demo() {
        if (demo == null) {
            demo = PolicyCatalogue.demo();
        }
        return demo;
    }

    public static String datasetOf(String partner) {
        return switch (partner) {
            case "POLITIE" -> "politie-bvh";
            case "FIOD" -> "fiod-onderzoek";
            case "FIU" -> "fiu-ongebruikelijke-transacties";
            case "GEMEENTE_ROTTERDAM" -> "riec-bibob-rotterdam";
            case "HAVENBEDRIJF" -> "havenbedrijf-rotterdam";
            default -> partner.toLowerCase().replace('_', '-');
        };
    }

    /** A statement of that partner and regime, kept until 2030. */
    public static Statement statement(String partner, String regime, String entityId, String schema, String property,
                                      String value) {
        return statement(partner, regime, entityId, schema, property, value, LocalDate.of(2030, 1, 1));
    }

    public static Statement statement(String partner, String regime, String entityId, String schema, String property,
                                      String value, LocalDate retainUntil) {
        String dataset = datasetOf(partner);
        Provenance provenance = new Provenance(dataset, partner, regime, Reliability.parse("B2"),
                Instant.parse("2024-03-01T00:00:00Z"), retainUntil, "batch-1");
        return new Statement(Statement.makeId(dataset, entityId, property, value), entityId, schema, property, value,
                value, provenance, Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z"));
    }

    public static PolicyCatalogue fromYaml(String yaml) {
        try {
            return PolicyCatalogueReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                    "test-policy.yml", LegalRegimes.standard(), SchemaRegistry.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small valid catalogue; tests replace parts of it to provoke one error at a time. */
    public static final String MINIMAL = """
            organisations:
              - code: POLITIE
                name: Politie
                kind: POLITIE
                units:
                  - {code: RIO, name: Informatieorganisatie}
              - code: RIEC_RR
                name: RIEC
                kind: RIEC
            purposes:
              - {code: RIEC_CASUS, name: RIEC-casus, legalBasis: convenant, processingActivity: casus}
            roles:
              - {code: adviseur, name: Adviseur, purposes: [RIEC_CASUS]}
            users:
              - {id: adviseur, name: Adviseur, organisation: RIEC_RR, roles: [adviseur]}
            agreements:
              - id: politie-riec
                version: 1
                title: Politie aan RIEC
                basis: Wpg art. 20
                validFrom: 2024-01-01
                validTo: 2024-12-31
                providers: [POLITIE]
                regimes: [WPG_ART8]
                recipients: [RIEC_RR]
                purposes: [RIEC_CASUS]
                schemata: [LegalEntity]
                redact: [birthDate]
            """;
}
