package nl.gedeeldbeeld.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import nl.gedeeldbeeld.analytics.ownership.BeneficialOwner;
import nl.gedeeldbeeld.analytics.ownership.CircularOwnership;
import nl.gedeeldbeeld.analytics.ownership.CompanyRegistration;
import nl.gedeeldbeeld.analytics.ownership.CompanySignals;
import nl.gedeeldbeeld.analytics.ownership.FrontCompanySignals;
import nl.gedeeldbeeld.analytics.ownership.FrontSignal;
import nl.gedeeldbeeld.analytics.ownership.OwnershipGraph;
import nl.gedeeldbeeld.analytics.ownership.OwnershipGraphBuilder;
import nl.gedeeldbeeld.analytics.ownership.OwnershipRing;
import nl.gedeeldbeeld.analytics.ownership.PartyKind;
import nl.gedeeldbeeld.analytics.ownership.UboBasis;
import nl.gedeeldbeeld.analytics.ownership.UboReport;
import nl.gedeeldbeeld.analytics.ownership.UltimateBeneficialOwners;
import nl.gedeeldbeeld.analytics.ownership.Validity;
import nl.gedeeldbeeld.synth.WorldSize;

/**
 * Front-company signals, circular ownership and UBOs on a synthetic world, scored against its planted truth
 * ({@code ground-truth/companies.json}: front clusters with their companies, address and nominee directors;
 * ownership rings; short-lived companies; {@code networks.json} for the key players). Reads the FIOD file's
 * FtM {@code Company}, {@code Person}, {@code Ownership} (of companies; account holdings are skipped) and
 * {@code Directorship} entities as the app would map them, and maps FIOD's ids to true ids through
 * {@code ground-truth/identities.csv} only for scoring.
 *
 * <pre>bench/run ownership-world --world worlds/medium</pre>
 */
public final class OwnershipWorldBenchmark {
    private static final String DATASET = "fiod-onderzoek";

    private final Map<String, String> schema = new HashMap<>();
    private final Map<String, JsonNode> companies = new LinkedHashMap<>();
    private final List<JsonNode> ownerships = new ArrayList<>();
    private final List<JsonNode> directorships = new ArrayList<>();

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        WorldSize size = WorldSize.valueOf(args.get("size", "medium").toUpperCase(Locale.ROOT));
        Path world = Worlds.ensure(Path.of(args.get("world", "worlds/" + size.name().toLowerCase(Locale.ROOT))), size);
        ObjectMapper json = new ObjectMapper();

        long t0 = System.nanoTime();
        OwnershipWorldBenchmark read = new OwnershipWorldBenchmark();
        read.read(world.resolve("fiod/fiod.ftm.json"), json);
        OwnershipGraph graph = read.graph();
        List<CompanyRegistration> registrations = read.registrations();
        long t1 = System.nanoTime();
        FrontCompanySignals front = new FrontCompanySignals(registrations, graph);
        front.companies();
        long t2 = System.nanoTime();
        List<OwnershipRing> rings = new CircularOwnership(graph).rings();
        long t3 = System.nanoTime();
        Map<String, UboReport> ubo = new java.util.concurrent.ConcurrentHashMap<>();
        new UltimateBeneficialOwners(graph).forEachCompany(2, r -> ubo.put(r.company(), r));
        long t4 = System.nanoTime();

        Map<String, String> truthOf = trueIds(world.resolve("ground-truth/identities.csv"));
        Function<String, String> truth = id -> truthOf.getOrDefault(id, "?" + id);
        JsonNode companiesTruth = json.readTree(world.resolve("ground-truth/companies.json").toFile());
        JsonNode networksTruth = json.readTree(world.resolve("ground-truth/networks.json").toFile());

        System.out.printf(Locale.ROOT, "ownership-world %s: FIOD file %,d companies (%,d registered with details), "
                + "%,d shareholdings, %,d directorships%n", world, read.companies.size(), registrations.size(),
                graph.ownershipCount(), graph.directorshipCount());
        System.out.printf(Locale.ROOT, "  read + build %.2f s, front signals %.3f s, rings %.3f s, UBO all %.3f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
        for (FrontSignal.Kind kind : FrontSignal.Kind.values()) {
            System.out.printf(Locale.ROOT, "  signals %s: %,d%n", kind, front.signals(kind).size());
        }

        // Truth sets, in true ids.
        Set<String> frontCompanies = new HashSet<>();
        Set<String> nominees = new HashSet<>();
        Set<String> frontAddresses = new HashSet<>();
        for (JsonNode f : companiesTruth.get("frontClusters")) {
            f.get("companies").forEach(c -> frontCompanies.add(c.get("trueId").asText()));
            f.get("nomineeDirectors").forEach(p -> nominees.add(p.asText()));
            frontAddresses.add(f.get("addressTrueId").asText());
        }
        Set<String> shortLivedTruth = new HashSet<>();
        companiesTruth.get("shortLived").forEach(c -> shortLivedTruth.add(c.get("trueId").asText()));
        Set<String> visible = new HashSet<>();
        read.companies.keySet().forEach(id -> visible.add(truth.apply(id)));

        Set<String> networkCompanies = new HashSet<>();
        networksTruth.get("networks").forEach(n -> n.get("companies")
                .forEach(c -> networkCompanies.add(c.get("trueId").asText())));
        Set<String> plantedRing = new HashSet<>();
        companiesTruth.get("circularOwnership").forEach(c -> c.get("companies")
                .forEach(m -> plantedRing.add(m.get("trueId").asText())));
        System.out.println("  scoring (truth restricted to what the FIOD file holds):");
        for (int minScore = 1; minScore <= 3; minScore++) {
            Set<String> flagged = new HashSet<>();
            for (CompanySignals c : front.companies(minScore)) {
                flagged.add(truth.apply(c.company()));
            }
            score("front companies, score ≥ " + minScore + " (unit: company)", flagged, restrict(frontCompanies, visible));
            long falseRing = flagged.stream().filter(c -> !frontCompanies.contains(c) && plantedRing.contains(c)).count();
            long falseNetwork = flagged.stream().filter(c -> !frontCompanies.contains(c) && !plantedRing.contains(c)
                    && networkCompanies.contains(c)).count();
            System.out.printf(Locale.ROOT, "      of the false positives: %d planted ring companies, %d other network "
                    + "companies%n", falseRing, falseNetwork);
        }
        Set<String> crowded = new HashSet<>();
        front.signals(FrontSignal.Kind.CROWDED_ADDRESS).forEach(s -> crowded.add(truth.apply(s.subject())));
        score("front addresses (unit: address)", crowded, frontAddresses);
        Set<String> nomineeFlags = new HashSet<>();
        Set<String> manyFlags = new HashSet<>();
        Set<String> burstFlags = new HashSet<>();
        for (FrontSignal s : front.signals()) {
            if (s.kind() == FrontSignal.Kind.MANY_DIRECTORSHIPS) {
                manyFlags.add(truth.apply(s.subject()));
            } else if (s.kind() == FrontSignal.Kind.DIRECTORSHIP_BURST) {
                burstFlags.add(truth.apply(s.subject()));
            }
        }
        nomineeFlags.addAll(manyFlags);
        nomineeFlags.addAll(burstFlags);
        Set<String> visiblePersons = new HashSet<>();
        for (int p = 0; p < graph.partyCount(); p++) {
            if (graph.kind(p) == PartyKind.PERSON) {
                visiblePersons.add(truth.apply(graph.label(p)));
            }
        }
        score("nominee directors, many directorships (unit: person)", manyFlags, restrict(nominees, visiblePersons));
        score("nominee directors, founding burst (unit: person)", burstFlags, restrict(nominees, visiblePersons));
        score("nominee directors, either (unit: person)", nomineeFlags, restrict(nominees, visiblePersons));
        Set<String> shortFlags = new HashSet<>();
        front.signals(FrontSignal.Kind.SHORT_LIVED).forEach(s -> shortFlags.add(truth.apply(s.subject())));
        score("short-lived companies (unit: company)", shortFlags, restrict(shortLivedTruth, visible));

        // Rings: per company and per ring (a ring counts when its company set is exactly a planted one).
        Set<String> ringCompanies = new HashSet<>();
        Set<Set<String>> ringSets = new HashSet<>();
        for (OwnershipRing r : rings) {
            Set<String> members = new HashSet<>();
            r.companies().forEach(c -> members.add(truth.apply(c)));
            ringCompanies.addAll(members);
            ringSets.add(members);
        }
        Set<String> ringTruth = new HashSet<>();
        Set<Set<String>> ringTruthSets = new HashSet<>();
        Map<String, String> ringNetwork = new HashMap<>();
        for (JsonNode c : companiesTruth.get("circularOwnership")) {
            Set<String> members = new HashSet<>();
            c.get("companies").forEach(m -> members.add(m.get("trueId").asText()));
            members.forEach(m -> ringNetwork.put(m, c.get("network").asText()));
            ringTruth.addAll(members);
            ringTruthSets.add(members);
        }
        score("circular ownership (unit: company)", ringCompanies, ringTruth);
        score("circular ownership (unit: ring, exact member set)", ringSets, ringTruthSets);

        // UBOs of the ring companies: the network's key player holds the ring through the network's holding.
        Map<String, String> keyPlayer = new HashMap<>();
        for (JsonNode n : networksTruth.get("networks")) {
            for (JsonNode m : n.get("members")) {
                if (m.get("role").asText().equals("KEY_PLAYER")) {
                    keyPlayer.put(n.get("id").asText(), m.get("trueId").asText());
                }
            }
        }
        Set<String> named = new HashSet<>();
        Set<String> expected = new HashSet<>();
        UboReport sample = null;
        for (Map.Entry<String, UboReport> e : ubo.entrySet()) {
            String company = truth.apply(e.getKey());
            if (!ringTruth.contains(company)) {
                continue;
            }
            expected.add(company + "|" + keyPlayer.get(ringNetwork.get(company)));
            for (BeneficialOwner o : e.getValue().owners()) {
                if (o.basis() == UboBasis.OWNERSHIP) {
                    named.add(company + "|" + truth.apply(o.person()));
                }
            }
            if (sample == null || e.getValue().owners().size() > sample.owners().size()) {
                sample = e.getValue();
            }
        }
        score("UBO of ring companies = network's key player (unit: company–person pair)", named, expected);

        long[] byBasis = new long[UboBasis.values().length];
        long foreign = 0;
        long circularPart = 0;
        for (UboReport r : ubo.values()) {
            byBasis[r.basis().ordinal()]++;
            foreign += r.unresolved().isEmpty() ? 0 : 1;
            circularPart += r.owners().stream().anyMatch(o -> o.circularPart() > 1e-9) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  UBO reports %,d: by ownership %,d, pseudo-UBO %,d, none %,d; with an "
                + "unresolved link %,d; with a circular part %,d%n", ubo.size(), byBasis[0], byBasis[1], byBasis[2],
                foreign, circularPart);
        if (sample != null) {
            System.out.println("  example: " + sample.explanation());
        }
        if (!front.companies(3).isEmpty()) {
            System.out.println("  example: " + front.companies(3).get(0).explanation());
        }
    }

    private static <T> void score(String what, Set<T> predicted, Set<T> truth) {
        long tp = predicted.stream().filter(truth::contains).count();
        double p = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
        double r = truth.isEmpty() ? 0 : (double) tp / truth.size();
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "    %-78s predicted %5d, true %5d, hits %5d: P %.3f R %.3f F1 %.3f%n", what,
                predicted.size(), truth.size(), tp, p, r, f1);
    }

    private static Set<String> restrict(Set<String> truth, Set<String> visible) {
        Set<String> out = new HashSet<>(truth);
        out.retainAll(visible);
        return out;
    }

    private static Map<String, String> trueIds(Path csv) throws java.io.IOException {
        Map<String, String> out = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(DATASET + ",")) {
                    String[] f = line.split(",");
                    out.put(f[1], f[2]);
                }
            }
        }
        return out;
    }

    private void read(Path file, ObjectMapper json) throws java.io.IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode e = json.readTree(line);
                String s = e.get("schema").asText();
                String id = e.get("id").asText();
                schema.put(id, s);
                switch (s) {
                    case "Company", "Organization", "LegalEntity" -> companies.put(id, e);
                    case "Ownership" -> ownerships.add(e);
                    case "Directorship" -> directorships.add(e);
                    default -> { }
                }
            }
        }
    }

    /** The app's mapping: Person → PERSON, Company with a non-Dutch jurisdiction → FOREIGN_COMPANY. */
    private OwnershipGraph graph() {
        OwnershipGraphBuilder b = new OwnershipGraphBuilder();
        for (Map.Entry<String, String> e : schema.entrySet()) {
            if (e.getValue().equals("Person")) {
                b.party(e.getKey(), PartyKind.PERSON);
            }
        }
        for (Map.Entry<String, JsonNode> c : companies.entrySet()) {
            String jurisdiction = first(c.getValue(), "jurisdiction").orElse(first(c.getValue(), "country").orElse("nl"));
            b.party(c.getKey(), jurisdiction.equals("nl") ? PartyKind.COMPANY : PartyKind.FOREIGN_COMPANY);
        }
        for (JsonNode o : ownerships) {
            Optional<String> owner = first(o, "owner");
            Optional<String> asset = first(o, "asset");
            if (owner.isEmpty() || asset.isEmpty() || !companies.containsKey(asset.get())) {
                continue; // account holdings (asset: BankAccount) are not shareholdings
            }
            OptionalDouble pct = first(o, "percentage").map(p -> OptionalDouble.of(Double.parseDouble(p)))
                    .orElse(OptionalDouble.empty());
            b.ownership(owner.get(), asset.get(), pct, validity(o));
        }
        for (JsonNode d : directorships) {
            Optional<String> director = first(d, "director");
            Optional<String> org = first(d, "organization");
            if (director.isPresent() && org.isPresent()) {
                b.directorship(director.get(), org.get(), first(d, "role").orElse(""), validity(d));
            }
        }
        return b.build();
    }

    private List<CompanyRegistration> registrations() {
        List<CompanyRegistration> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> c : companies.entrySet()) {
            JsonNode e = c.getValue();
            if (first(e, "jurisdiction").isPresent()) {
                continue;
            }
            out.add(new CompanyRegistration(c.getKey(), first(e, "name").orElse(""), first(e, "addressEntity"),
                    first(e, "incorporationDate").map(LocalDate::parse), first(e, "dissolutionDate").map(LocalDate::parse)));
        }
        return out;
    }

    private static Validity validity(JsonNode e) {
        return new Validity(first(e, "startDate").map(LocalDate::parse), first(e, "endDate").map(LocalDate::parse));
    }

    private static Optional<String> first(JsonNode entity, String property) {
        JsonNode values = entity.path("properties").path(property);
        return values.isArray() && !values.isEmpty() && !values.get(0).asText().isEmpty()
                ? Optional.of(values.get(0).asText()) : Optional.empty();
    }
}
