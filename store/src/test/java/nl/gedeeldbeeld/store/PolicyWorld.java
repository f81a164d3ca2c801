package nl.gedeeldbeeld.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.PolicyCatalogueReader;
import nl.gedeeldbeeld.policy.decision.InMemoryRegisters;

/**
 * A small world for the policy-filtered reads, seen through the demo policy catalogue: statements of every
 * partner that delivers data, under their own and other regimes, over schemata and properties the demo
 * agreements treat differently (allowed, redacted, listed, prohibited, conditional). Values are unique, so a
 * test can tell whether a withheld value leaked anywhere.
 */
final class PolicyWorld {
    static final Instant JUNE_2025 = Instant.parse("2025-06-02T10:00:00Z");
    static final Instant JUNE_2024 = Instant.parse("2024-06-03T10:00:00Z");
    /** The Amsterdam date of {@link #JUNE_2025}: the retention cut-off of a request at that moment. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    static final LocalDate KEPT = LocalDate.of(2030, 1, 1);

    static final String POLITIE = "politie-bvh";
    static final String INFORMANTEN = "politie-informanten";
    static final String FIOD = "fiod-onderzoek";
    static final String FIU = "fiu-ongebruikelijke-transacties";
    static final String GEMEENTE = "riec-bibob-rotterdam";
    static final String HAVEN = "havenbedrijf-rotterdam";
    static final String OPEN = "opensanctions-peps";

    private static PolicyCatalogue catalogue;

    private PolicyWorld() {
    }

    static synchronized PolicyCatalogue catalogue() {
        if (catalogue == null) {
            catalogue = PolicyCatalogue.demo();
        }
        return catalogue;
    }

    /**
     * A catalogue the demo lacks: grants that overlap a prohibition (the demo's prohibitions fall on slices no
     * grant reaches, so there they subtract nothing) and an allowing agreement beside a redacting one.
     */
    static PolicyCatalogue overlappingCatalogue() {
        String yaml = """
                organisations:
                  - {code: POLITIE, name: Politie, kind: POLITIE}
                  - {code: RIEC_RR, name: RIEC, kind: RIEC}
                purposes:
                  - {code: RIEC_CASUS, name: RIEC-casus, legalBasis: convenant, processingActivity: casus}
                roles:
                  - {code: adviseur, name: Adviseur, purposes: [RIEC_CASUS]}
                users:
                  - {id: adviseur, name: Adviseur, organisation: RIEC_RR, roles: [adviseur]}
                agreements:
                  - {id: breed, version: 1, title: Breed, basis: test, validFrom: 2024-01-01, providers: [POLITIE],
                     regimes: [WPG_ART8, WPG_ART12], recipients: [RIEC_RR], purposes: [RIEC_CASUS], schemata: [Thing],
                     properties: [name, city, registrationNumber], redact: [phone, birthDate]}
                  - {id: telefoon, version: 1, title: Telefoon, basis: test, validFrom: 2024-01-01, providers: [POLITIE],
                     regimes: [WPG_ART8], recipients: [RIEC_RR], purposes: [RIEC_CASUS], schemata: [Person],
                     properties: [phone]}
                  - {id: geen-informanten, version: 1, title: Nooit, basis: Wpg art. 12, validFrom: 2024-01-01,
                     providers: [POLITIE], regimes: [WPG_ART12], recipients: [RIEC_RR], purposes: [RIEC_CASUS],
                     schemata: [Person], conditions: [{type: NEVER, reason: informanten}]}
                """;
        try {
            return PolicyCatalogueReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                    "overlapping-policy.yml", LegalRegimes.standard(), SchemaRegistry.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(String dataset, String sourceId) {
        return nl.gedeeldbeeld.store.Fixtures.entity(dataset, sourceId);
    }

    static Statement statement(String dataset, String partner, String regime, String sourceId, String schema,
                               String property, String value, LocalDate retainUntil) {
        String entityId = id(dataset, sourceId);
        String v = property.equals(Statement.ID_PROPERTY) ? entityId : value;
        Provenance provenance = new Provenance(dataset, partner, regime, Reliability.parse("B2"), Fixtures.T0, retainUntil,
                dataset + "#1");
        return new Statement(Statement.makeId(dataset, entityId, property, v), entityId, schema, property, v, v,
                provenance, Fixtures.T0, Fixtures.T0);
    }

    /** An entity's id statement plus its property/value pairs, all kept until 2030. */
    static List<Statement> entity(String dataset, String partner, String regime, String sourceId, String schema,
                                  String... propertyValues) {
        List<Statement> out = new ArrayList<>();
        out.add(statement(dataset, partner, regime, sourceId, schema, Statement.ID_PROPERTY, "", KEPT));
        for (int i = 0; i < propertyValues.length; i += 2) {
            out.add(statement(dataset, partner, regime, sourceId, schema, propertyValues[i], propertyValues[i + 1], KEPT));
        }
        return out;
    }

    static List<Statement> statements() {
        List<Statement> w = new ArrayList<>();
        // Police (Wpg art. 8): persons, companies, vehicles, addresses, an ownership; two retention edge cases.
        w.addAll(entity(POLITIE, "POLITIE", "WPG_ART8", "P1", "Person", "name", "Jan de Vries",
                "birthDate", "1979-03-14", "phone", "+31612345678", "nationality", "nl"));
        w.add(statement(POLITIE, "POLITIE", "WPG_ART8", "P1", "Person", "alias", "Jantje Expired", TODAY.minusDays(1)));
        w.add(statement(POLITIE, "POLITIE", "WPG_ART8", "P1", "Person", "email", "jan@lastday.example", TODAY));
        w.addAll(entity(POLITIE, "POLITIE", "WPG_ART8", "C1", "Company", "name", "Havenhandel B.V.",
                "kvkNumber", "12345678", "legalForm", "besloten vennootschap", "notes", "pand aan de Maasboulevard"));
        w.addAll(entity(POLITIE, "POLITIE", "WPG_ART8", "V1", "Vehicle", "registrationNumber", "12ABC3",
                "model", "Audi RS6", "notes", "gezien bij loods 7"));
        w.addAll(entity(POLITIE, "POLITIE", "WPG_ART8", "A1", "Address", "city", "Rotterdam",
                "postalCode", "3011AA", "street", "Coolsingel"));
        w.addAll(entity(POLITIE, "POLITIE", "WPG_ART8", "O1", "Ownership", "owner", id(POLITIE, "P1"),
                "asset", id(POLITIE, "C1"), "percentage", "51"));
        w.addAll(entity(POLITIE, "POLITIE", "WPG_ART9", "V2", "Vehicle", "registrationNumber", "99XYZ9"));
        w.addAll(entity(POLITIE, "POLITIE", "WPG_ART8", "P5", "Person", "name", "Beschermde Rechter"));
        // Police informants (Wpg art. 12): prohibited for every other organisation.
        w.addAll(entity(INFORMANTEN, "POLITIE", "WPG_ART12", "I1", "Person", "name", "Informant Geheim",
                "phone", "+31687654321"));
        // FIOD: full to the OM, to police and KMar after a confirmed hit.
        w.addAll(entity(FIOD, "FIOD", "WPG_ART8", "F1", "Person", "name", "Fiscaal Verdachte", "birthDate", "1968-11-02"));
        w.addAll(entity(FIOD, "FIOD", "WPG_ART8", "F2", "Company", "name", "Brievenbus Holding", "kvkNumber", "87654321"));
        // FIU (Wwft): to police and FIOD after a confirmed hit since 2025; never to the administrative side.
        w.addAll(entity(FIU, "FIU", "WWFT", "T1", "Payment", "amount", "EUR 9800.00", "purpose", "contante storting"));
        w.addAll(entity(FIU, "FIU", "WWFT", "B1", "BankAccount", "iban", "NL91ABNA0417164300"));
        w.addAll(entity(FIU, "FIU", "WWFT", "U1", "Person", "name", "Melder Onbekend"));
        // Municipality (AVG + Bibob): to the RIEC for the casus, unconditionally.
        w.addAll(entity(GEMEENTE, "GEMEENTE_ROTTERDAM", "AVG_BIBOB", "G1", "Company", "name", "Shishalounge Zuid",
                "kvkNumber", "11223344"));
        w.addAll(entity(GEMEENTE, "GEMEENTE_ROTTERDAM", "AVG_BIBOB", "G2", "Person", "name", "Bibob Betrokkene",
                "birthDate", "1990-07-07"));
        // Port company (private source): to Douane; to police units ZHP/DRR-RR; pass holders redacted for analysis.
        w.addAll(entity(HAVEN, "HAVENBEDRIJF", "PRIVATE", "H1", "AccessPass", "passNumber", "PAS-0042",
                "holder", id(HAVEN, "H2"), "zone", "Maasvlakte II terminal"));
        w.addAll(entity(HAVEN, "HAVENBEDRIJF", "PRIVATE", "H2", "Person", "name", "Havenwerker Pas"));
        w.addAll(entity(HAVEN, "HAVENBEDRIJF", "PRIVATE", "H3", "Container", "number", "MSCU1234565"));
        // Open sources: a sanctions list imported under a partner code the catalogue does not name; 'all' providers
        // shares it with everyone (open-bronnen). The same unknown partner's data under a withheld regime is
        // shared with nobody.
        w.addAll(entity(OPEN, "OPENSANCTIONS", "OPEN_SOURCE", "S1", "Person", "name", "Dragomir Velkov",
                "topics", "sanction", "birthDate", "1961-05-02"));
        w.addAll(entity(OPEN, "OPENSANCTIONS", "WPG_ART8", "S2", "Person", "name", "Niet Gedeeld"));
        return w;
    }

    /** Joint cases, confirmed hits and protected persons that switch the demo agreements' conditions on and off. */
    static InMemoryRegisters registers() {
        return new InMemoryRegisters()
                .addToJointCase(id(POLITIE, "P1"), "RIEC_RR")
                .addToJointCase(id(POLITIE, "C1"), "RIEC_RR")
                .addToJointCase(id(POLITIE, "P1"), "GEMEENTE_ROTTERDAM")
                .addToJointCase(id(POLITIE, "V1"), "OM")
                .confirmHit(id(FIOD, "F1"), "POLITIE")
                .confirmHit(id(FIOD, "F2"), "KMAR")
                .confirmHit(id(FIU, "T1"), "POLITIE")
                .confirmHit(id(FIU, "B1"), "FIOD")
                .protect(id(POLITIE, "P5"))
                .protect(id(GEMEENTE, "G2"));
    }
}
