package nl.gedeeldbeeld.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.PolicyCatalogueReader;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.Decision;
import nl.gedeeldbeeld.policy.decision.DecisionRule;
import nl.gedeeldbeeld.policy.decision.InMemoryRegisters;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle for the index's access filter is {@link PolicyDecisionPoint#decide}, statement by statement:
 * for random small worlds, every demo user under every purpose they may declare, and a few texts, a search
 * finds exactly the entities with a statement the decision point allows that matches the text (on a blank
 * text: one it allows or redacts), and the total is that number. The worlds mix every partner's slices,
 * schemata, properties, retention dates (past, today, future), joint cases, confirmed hits and protected
 * persons, so each rule of the decision point decides some statements; the test checks that it did.
 */
class SearchAccessPropertyTest {
    private static final Instant JUNE_2025 = Instant.parse("2025-06-02T10:00:00Z");
    /** Before fiu-wwft-opsporing v2: FIU data then went to police and FIOD without a confirmed hit. */
    private static final Instant JUNE_2024 = Instant.parse("2024-06-03T10:00:00Z");

    private record Source(String dataset, String partner, String regime) {
    }

    /** Police data under Wpg art. 8 twice: most agreements, conditions and redactions are about it. */
    private static final List<Source> SOURCES = List.of(
            new Source("politie-bvh", "POLITIE", "WPG_ART8"),
            new Source("politie-bvh", "POLITIE", "WPG_ART8"),
            new Source("politie-bvh", "POLITIE", "WPG_ART9"),
            new Source("politie-informanten", "POLITIE", "WPG_ART12"),
            new Source("fiod-onderzoek", "FIOD", "WPG_ART8"),
            new Source("fiu-ongebruikelijke-transacties", "FIU", "WWFT"),
            new Source("riec-bibob-rotterdam", "GEMEENTE_ROTTERDAM", "AVG_BIBOB"),
            new Source("havenbedrijf-rotterdam", "HAVENBEDRIJF", "PRIVATE"));

    // Value pools: no two name words within the fuzzy edit distance of each other, identifiers unique to
    // their property, and text words that also occur in names ("Bakker"), so the match oracle below is exact.
    private static final List<String> PERSON_NAMES = List.of("Jan de Vries", "Fatima Yilmaz", "Pieter Bakker",
            "Sanne Hendriks", "Kees Kowalczyk");
    private static final List<String> ALIASES = List.of("De Kassier", "Vries", "Hendriks");
    private static final List<String> COMPANY_NAMES = List.of("Havenhandel Zuid", "Brievenbus Holding",
            "Bakker Transport", "Shishalounge Noord");
    private static final List<String> TEXTS = List.of("gezien met Bakker bij loods", "contante storting",
            "pand aan de Maasboulevard", "Audi RS6", "Rotterdam");
    private static final List<String> PHONES = List.of("+31612345678", "+31687654321", "+31101234567");
    private static final List<String> KVK = List.of("12345678", "87654321");
    private static final List<String> IBANS = List.of("NL91ABNA0417164300", "NL20INGB0001234567");
    private static final List<String> PLATES = List.of("12ABC3", "99XYZ9");
    private static final List<String> DATES = List.of("1979-03-14", "1990-07-07");
    private static final List<String> WORDS = List.of("Vries", "Bakker", "Yilmaz", "Kassier", "Hendriks",
            "Havenhandel", "Rotterdam", "storting");

    private record Prop(String name, List<String> values) {
    }

    private static final Map<String, List<Prop>> SCHEMATA = new LinkedHashMap<>();

    static {
        SCHEMATA.put("Person", List.of(new Prop("name", PERSON_NAMES), new Prop("alias", ALIASES),
                new Prop("birthDate", DATES), new Prop("phone", PHONES), new Prop("nationality", List.of("nl", "tr")),
                new Prop("notes", TEXTS)));
        SCHEMATA.put("Company", List.of(new Prop("name", COMPANY_NAMES), new Prop("kvkNumber", KVK),
                new Prop("legalForm", List.of("besloten vennootschap")), new Prop("notes", TEXTS)));
        SCHEMATA.put("LegalEntity", List.of(new Prop("name", PERSON_NAMES), new Prop("phone", PHONES)));
        SCHEMATA.put("Vehicle", List.of(new Prop("registrationNumber", PLATES), new Prop("model", TEXTS)));
        SCHEMATA.put("Address", List.of(new Prop("city", TEXTS), new Prop("postalCode", List.of("3011AA"))));
        SCHEMATA.put("BankAccount", List.of(new Prop("iban", IBANS)));
        SCHEMATA.put("Payment", List.of(new Prop("purpose", TEXTS), new Prop("amount", List.of("9800.00"))));
        SCHEMATA.put("AccessPass", List.of(new Prop("holder", List.of("havenbedrijf-rotterdam-H2")),
                new Prop("name", PERSON_NAMES)));
    }

    private static final List<String> JOINT_CASE_ORGS = List.of("RIEC_RR", "OM", "GEMEENTE_ROTTERDAM", "POLITIE");
    private static final List<String> HIT_ORGS = List.of("POLITIE", "KMAR", "FIOD", "OM");

    @TempDir
    Path dir;

    private final ValueKinds kinds = new ValueKinds(SchemaRegistry.standard());
    private final Map<DecisionRule, Integer> rules = new EnumMap<>(DecisionRule.class);
    private final Map<String, Integer> agreements = new TreeMap<>();
    private int searches;
    /** Searches in which an entity matched the text only through a redacted value: the leak this index prevents. */
    private int redactedOnlyMatches;

    @Test
    void everyDemoUserAndPurposeFindsExactlyTheEntitiesTheDecisionPointAllowsAndTheTotalCountsThem() {
        PolicyCatalogue catalogue = PolicyCatalogue.demo();
        SplittableRandom random = new SplittableRandom(20261123);
        for (int trial = 0; trial < 60; trial++) {
            runTrial(catalogue, random.split(), trial);
        }

        // Every rule that can hide or show a statement decided some: otherwise the worlds test too little.
        assertThat(rules.keySet()).contains(DecisionRule.OWN_DATA, DecisionRule.RETENTION, DecisionRule.PROTECTED_PERSON,
                DecisionRule.PROHIBITION, DecisionRule.AGREEMENT, DecisionRule.CONDITION_NOT_MET, DecisionRule.NO_AGREEMENT);
        assertThat(agreements.keySet()).contains("ALLOW politie-riec-casus", "ALLOW politie-riec-casus-gemeente",
                "REDACT politie-riec-casus-gemeente", "ALLOW fiod-politie-hit", "ALLOW fiu-wwft-opsporing",
                "ALLOW politie-riec-fenomeen", "REDACT haven-politie-analyse", "DENY politie-informanten");
        assertThat(searches).isGreaterThan(3000);
        assertThat(redactedOnlyMatches).isGreaterThanOrEqualTo(5);
    }

    /** Grants that overlap a prohibition and an allowing agreement beside a redacting one, which the demo lacks. */
    @Test
    void aProhibitionSubtractsFromAnOverlappingGrantAndAnAllowingGrantBeatsARedactingOne() {
        PolicyCatalogue catalogue = overlappingCatalogue();
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 40; trial++) {
            runTrial(catalogue, random.split(), trial);
        }

        assertThat(rules.keySet()).contains(DecisionRule.PROHIBITION, DecisionRule.AGREEMENT);
        assertThat(agreements.keySet()).contains("ALLOW breed", "REDACT breed", "ALLOW telefoon", "DENY geen-informanten");
        assertThat(redactedOnlyMatches).isGreaterThan(10);
    }

    private void runTrial(PolicyCatalogue catalogue, SplittableRandom random, int trial) {
        Instant at = random.nextBoolean() ? JUNE_2025 : JUNE_2024;
        LocalDate today = PolicyDecisionPoint.dateOf(at);
        Map<String, List<Statement>> world = world(random, today);
        Registers registers = registers(random, world.keySet());
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(catalogue, registers.memory, registers.memory, registers.memory);
        List<String> texts = texts(random, world);
        try (SearchIndex index = SearchIndex.open(dir.resolve("trial-" + trial + "-" + System.nanoTime()),
                SchemaRegistry.standard())) {
            world.forEach(index::index);
            for (User user : catalogue.users()) {
                for (String purpose : catalogue.purposesOf(user)) {
                    AccessContext ctx = pdp.open(user.id(), user.organisation(), purpose, "trace-" + trial, at);
                    String org = ctx.organisation().code();
                    SearchAccess access = SearchAccess.of(pdp.allowedSlices(ctx), registers.jointCase(org),
                            registers.hits(org), registers.protectedPersons);
                    Map<Statement, Decision> decisions = new HashMap<>();
                    world.values().forEach(ss -> ss.forEach(s -> decisions.put(s, tally(pdp.decide(ctx, s)))));
                    for (String text : texts) {
                        check(index, access, world, decisions, text,
                                "trial " + trial + ", " + user.id() + "/" + purpose + " at " + today + ", text '" + text + "'");
                    }
                }
            }
        }
    }

    private void check(SearchIndex index, SearchAccess access, Map<String, List<Statement>> world,
                       Map<Statement, Decision> decisions, String text, String description) {
        boolean blank = text.isBlank();
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Set<String>> expectedPartners = new TreeMap<>();
        Map<String, Set<String>> expectedRegimes = new TreeMap<>();
        Set<String> redactedMatches = new HashSet<>();
        world.forEach((id, statements) -> {
            for (Statement s : statements) {
                Decision d = decisions.get(s);
                boolean visible = d instanceof Decision.Allow && matches(s, text)
                        || blank && d instanceof Decision.Redact;
                if (visible) {
                    expected.computeIfAbsent(id, k -> new TreeSet<>()).add(s.provenance().dataset());
                    expectedPartners.computeIfAbsent(id, k -> new TreeSet<>()).add(s.provenance().partner());
                    expectedRegimes.computeIfAbsent(id, k -> new TreeSet<>()).add(s.provenance().regime());
                }
                if (!blank && d instanceof Decision.Redact && matches(s, text)) {
                    redactedMatches.add(id);
                }
            }
        });
        redactedMatches.removeAll(expected.keySet());
        redactedOnlyMatches += redactedMatches.size();
        SearchResult result = index.search(SearchQuery.of(text, access).page(0, SearchQuery.MAX_LIMIT));
        searches++;
        Map<String, Set<String>> found = result.hits().stream()
                .collect(Collectors.toMap(SearchHit::entityId, h -> new TreeSet<>(h.datasets()), (a, b) -> a, TreeMap::new));
        assertThat(found).as(() -> description + "\nworld: " + describe(world, decisions)).isEqualTo(expected);
        assertThat(result.total()).as(description).isEqualTo(expected.size());
        // Facets count the same entities: each dataset once per entity with a visible match in it, each
        // entity once under the schema its hit shows.
        Map<String, Long> datasetCounts = new TreeMap<>();
        expected.values().forEach(datasets -> datasets.forEach(d -> datasetCounts.merge(d, 1L, Long::sum)));
        assertThat(result.facets().datasets()).as(description).isEqualTo(datasetCounts);
        Map<String, Long> schemaCounts = result.hits().stream()
                .collect(Collectors.groupingBy(SearchHit::schema, TreeMap::new, Collectors.counting()));
        assertThat(result.facets().schemata()).as(description).isEqualTo(schemaCounts);
        // Partners and regimes likewise: each once per entity with a visible match of that partner (regime).
        Map<String, Long> partnerCounts = new TreeMap<>();
        expectedPartners.values().forEach(partners -> partners.forEach(p -> partnerCounts.merge(p, 1L, Long::sum)));
        assertThat(result.facets().partners()).as(description).isEqualTo(partnerCounts);
        Map<String, Long> regimeCounts = new TreeMap<>();
        expectedRegimes.values().forEach(regimes -> regimes.forEach(r -> regimeCounts.merge(r, 1L, Long::sum)));
        assertThat(result.facets().regimes()).as(description).isEqualTo(regimeCounts);
    }

    private Decision tally(Decision d) {
        rules.merge(d.rule(), 1, Integer::sum);
        d.agreement().ifPresent(a -> agreements.merge(d.outcome() + " " + a.id(), 1, Integer::sum));
        return d;
    }

    /** What the text matches, worked out without Lucene: exact identifiers, name words and text words. */
    private boolean matches(Statement s, String text) {
        if (text.isBlank()) {
            return true;
        }
        return switch (kinds.of(s)) {
            case IDENTIFIER -> s.value().equals(text.trim());
            case NAME -> NameKeys.matchWords(s.value()).contains(NameKeys.lower(text.trim()));
            case TEXT -> List.of(s.value().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).contains(NameKeys.lower(text.trim()));
            case SKIP -> false;
        };
    }

    private static String describe(Map<String, List<Statement>> world, Map<Statement, Decision> decisions) {
        StringBuilder out = new StringBuilder();
        world.forEach((id, statements) -> {
            out.append("\n  ").append(id);
            for (Statement s : statements) {
                Provenance p = s.provenance();
                out.append("\n    ").append(p.partner()).append('/').append(p.regime()).append(' ').append(s.schema())
                        .append(':').append(s.property()).append('=').append(s.value()).append(" until ")
                        .append(p.retainUntil()).append(" → ").append(decisions.get(s).explain());
            }
        });
        return out.toString();
    }

    /** 6–12 entities; most have one source, some a second (an enrichment), some no existence statement. */
    private static Map<String, List<Statement>> world(SplittableRandom random, LocalDate today) {
        Map<String, List<Statement>> world = new LinkedHashMap<>();
        int entities = 6 + random.nextInt(7);
        // Persons twice: their phone numbers and birth dates are what the demo redacts.
        List<String> schemaNames = new ArrayList<>(SCHEMATA.keySet());
        schemaNames.add("Person");
        for (int e = 0; e < entities; e++) {
            Source home = pick(random, SOURCES);
            String schema = pick(random, schemaNames);
            String entityId = nl.gedeeldbeeld.store.Fixtures.entity(home.dataset(), "E" + e);
            List<Statement> statements = new ArrayList<>();
            addRecord(random, today, statements, entityId, home, schema, random.nextInt(10) < 9, 1 + random.nextInt(4));
            if (random.nextInt(10) < 3) {
                Source other = pick(random, SOURCES);
                String otherSchema = random.nextInt(5) == 0 ? pick(random, schemaNames) : schema;
                addRecord(random, today, statements, entityId, other, otherSchema, random.nextBoolean(), 1 + random.nextInt(2));
            }
            // The store keeps one statement per id (dataset, entity, property, value): so does the world.
            Map<String, Statement> byId = new LinkedHashMap<>();
            statements.forEach(s -> byId.putIfAbsent(s.id(), s));
            world.put(entityId, List.copyOf(byId.values()));
        }
        return world;
    }

    private static void addRecord(SplittableRandom random, LocalDate today, List<Statement> into, String entityId,
                                  Source source, String schema, boolean withId, int properties) {
        if (withId) {
            into.add(statement(source, entityId, schema, Statement.ID_PROPERTY, entityId, retention(random, today)));
        }
        List<Prop> props = SCHEMATA.get(schema);
        for (int i = 0; i < properties; i++) {
            Prop prop = pick(random, props);
            into.add(statement(source, entityId, schema, prop.name(), pick(random, prop.values()), retention(random, today)));
        }
    }

    /** Mostly kept for years; sometimes exactly until today (still visible) or until yesterday (gone). */
    private static LocalDate retention(SplittableRandom random, LocalDate today) {
        int r = random.nextInt(10);
        return r == 0 ? today.minusDays(1) : r == 1 ? today : LocalDate.of(2030, 1, 1);
    }

    private static Statement statement(Source source, String entityId, String schema, String property, String value,
                                       LocalDate retainUntil) {
        Provenance provenance = new Provenance(source.dataset(), source.partner(), source.regime(), Reliability.parse("B2"),
                JUNE_2024, retainUntil, source.dataset() + "#1");
        return new Statement(Statement.makeId(source.dataset(), entityId, property, value), entityId, schema, property,
                value, value, provenance, JUNE_2024, JUNE_2024);
    }

    private static final class Registers {
        final InMemoryRegisters memory = new InMemoryRegisters();
        final Map<String, Set<String>> jointCases = new HashMap<>();
        final Map<String, Set<String>> hits = new HashMap<>();
        final Set<String> protectedPersons = new HashSet<>();

        Set<String> jointCase(String org) {
            return jointCases.getOrDefault(org, Set.of());
        }

        Set<String> hits(String org) {
            return hits.getOrDefault(org, Set.of());
        }
    }

    private static Registers registers(SplittableRandom random, Set<String> entityIds) {
        Registers r = new Registers();
        for (String id : entityIds) {
            for (String org : JOINT_CASE_ORGS) {
                if (random.nextInt(10) < 4) {
                    r.memory.addToJointCase(id, org);
                    r.jointCases.computeIfAbsent(org, k -> new HashSet<>()).add(id);
                }
            }
            for (String org : HIT_ORGS) {
                if (random.nextInt(10) < 3) {
                    r.memory.confirmHit(id, org);
                    r.hits.computeIfAbsent(org, k -> new HashSet<>()).add(id);
                }
            }
            if (random.nextInt(8) == 0) {
                r.memory.protect(id);
                r.protectedPersons.add(id);
            }
        }
        return r;
    }

    /** Blank, a phone number and another exact identifier of this world (if it has them) and two words. */
    private List<String> texts(SplittableRandom random, Map<String, List<Statement>> world) {
        List<String> identifiers = world.values().stream().flatMap(List::stream)
                .filter(s -> kinds.of(s) == ValueKinds.Kind.IDENTIFIER)
                .map(Statement::value).distinct().sorted().toList();
        // Police phone numbers first: the demo redacts them for the municipality, the case that must not leak.
        List<String> phones = world.values().stream().flatMap(List::stream)
                .filter(s -> s.property().equals("phone") && s.provenance().partner().equals("POLITIE"))
                .map(Statement::value).distinct().sorted().toList();
        List<String> texts = new ArrayList<>();
        texts.add("");
        texts.add(phones.isEmpty() ? pick(random, PHONES) : pick(random, phones));
        texts.add(identifiers.isEmpty() ? pick(random, IBANS) : pick(random, identifiers));
        texts.add(pick(random, WORDS));
        texts.add(pick(random, WORDS));
        return texts;
    }

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static PolicyCatalogue overlappingCatalogue() {
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
                  - {id: agent, name: Agent, organisation: POLITIE, roles: [adviseur]}
                agreements:
                  - {id: breed, version: 1, title: Breed, basis: test, validFrom: 2024-01-01, providers: [POLITIE],
                     regimes: [WPG_ART8, WPG_ART12], recipients: [RIEC_RR], purposes: [RIEC_CASUS], schemata: [Thing],
                     properties: [alias, notes, registrationNumber], redact: [phone, birthDate, name]}
                  - {id: telefoon, version: 1, title: Telefoon, basis: test, validFrom: 2024-01-01, providers: [POLITIE],
                     regimes: [WPG_ART8], recipients: [RIEC_RR], purposes: [RIEC_CASUS], schemata: [Person],
                     properties: [phone, name]}
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
}
