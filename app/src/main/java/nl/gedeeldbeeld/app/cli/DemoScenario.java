package nl.gedeeldbeeld.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.model.entity.EntityIdScheme;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.store.access.AccessLayer;

/**
 * The registers a demo needs so that conditional agreements show something: a RIEC-casus on the first
 * planted network (its members as the police know them), FIOD hits on those members confirmed for the
 * police, and one protected person at the police. A real deployment fills these registers through casework;
 * the demo takes its picks from the world's ground truth, which is allowed here because it only chooses
 * what an analyst would have put in a case, and no analytics reads it. Runs once: a store that already has
 * a case is left alone.
 */
final class DemoScenario {
    static final String CASE_TITLE = "RIEC-casus Waalhaven (demo)";
    private static final String POLICE = "politie-bvh";
    private static final String FIOD = "fiod-onderzoek";

    private DemoScenario() {
    }

    /** @param ids the store's id scheme: the ground truth names records by dataset and source id */
    static void seed(AccessLayer access, EntityIdScheme ids, Path world, PrintWriter out) {
        AccessContext riec = open(access, "riec-adviseur", "RIEC_CASUS");
        if (!access.sharing().casesOf(riec).isEmpty()) {
            return;
        }
        Path truth = world.resolve("ground-truth");
        Map<String, List<String[]>> byTrueId = identities(truth.resolve("identities.csv"));
        List<String> members = firstNetwork(truth.resolve("networks.json"));
        var jointCase = access.sharing().openCase(riec, CASE_TITLE, Set.of("POLITIE", "OM", "GEMEENTE_ROTTERDAM"));
        AccessContext police = open(access, "analist-politie", "THEMATISCHE_ANALYSE");
        AccessContext fiod = open(access, "rechercheur-fiod", "STRAFRECHTELIJK_ONDERZOEK");
        int inCase = 0;
        int hits = 0;
        for (String trueId : members) {
            for (String[] row : byTrueId.getOrDefault(trueId, List.of())) {
                String id = ids.id(row[0], row[1]);
                if (row[0].equals(POLICE)) {
                    // The police put their own entities in the case; the RIEC then sees them under RIEC_CASUS.
                    access.sharing().addToCase(police, jointCase.id(), id);
                    inCase++;
                } else if (row[0].equals(FIOD)) {
                    access.sharing().confirmHit(fiod, id, "POLITIE");
                    hits++;
                }
            }
        }
        String protectedPerson = firstOtherPolicePerson(ids, byTrueId, new HashSet<>(members));
        int covered = protectedPerson == null ? 0 : access.protection().protect(police, protectedPerson, "Demo: bedreigde getuige (stelsel bewaken en beveiligen)").size();
        out.printf("demo registers: joint case '%s' with %d police entities, %d FIOD hits confirmed for POLITIE, "
                + "%d protection flags (POLITIE/RIO-RR)%n", CASE_TITLE, inCase, hits, covered);
    }

    private static AccessContext open(AccessLayer access, String user, String purpose) {
        String org = access.decisions().catalogue().requireUser(user).organisation();
        return access.decisions().open(user, org, purpose, "demo-" + user, Instant.now());
    }

    private static Map<String, List<String[]>> identities(Path csv) {
        Map<String, List<String[]>> byTrueId = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(csv);
            for (String line : lines.subList(1, lines.size())) {
                // dataset,source_id,true_id,schema — source ids may hold commas, so split from both ends.
                int first = line.indexOf(',');
                int last = line.lastIndexOf(',');
                int beforeLast = line.lastIndexOf(',', last - 1);
                String[] row = {line.substring(0, first), line.substring(first + 1, beforeLast),
                        line.substring(beforeLast + 1, last), line.substring(last + 1)};
                byTrueId.computeIfAbsent(row[2], k -> new ArrayList<>()).add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + csv + " failed", e);
        }
        return byTrueId;
    }

    private static List<String> firstNetwork(Path json) {
        try {
            JsonNode networks = new ObjectMapper().readTree(json.toFile()).path("networks");
            List<String> members = new ArrayList<>();
            if (networks.size() > 0) {
                networks.get(0).path("members").forEach(m -> members.add(m.path("trueId").asText()));
            }
            return members;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + json + " failed", e);
        }
    }

    private static String firstOtherPolicePerson(EntityIdScheme ids, Map<String, List<String[]>> byTrueId, Set<String> exclude) {
        for (var e : byTrueId.entrySet()) {
            if (exclude.contains(e.getKey())) {
                continue;
            }
            for (String[] row : e.getValue()) {
                if (row[0].equals(POLICE) && row[3].equals("Person")) {
                    return ids.id(row[0], row[1]);
                }
            }
        }
        return null;
    }
}
