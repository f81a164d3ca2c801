package nl.gedeeldbeeld.app.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a browser test needs to know about the demo world to choose its subjects, read from the world's ground
 * truth the same way {@code gb demo} chose them (DemoScenario): the police person records of the first planted
 * network, which {@code gb demo} put in the joint RIEC-casus. Only tests read the ground truth.
 */
final class DemoWorldFacts {
    private DemoWorldFacts() {
    }

    /** A record of a partner file: dataset and source id. */
    record SourceRecord(String dataset, String sourceId) {
    }

    /** The police Person records of the joint case, in ground-truth order. */
    static List<SourceRecord> policePersonsInJointCase(Path world) {
        Path truth = world.resolve("ground-truth");
        try {
            Set<String> members = new LinkedHashSet<>();
            JsonNode networks = new ObjectMapper().readTree(truth.resolve("networks.json").toFile()).path("networks");
            networks.get(0).path("members").forEach(m -> members.add(m.path("trueId").asText()));
            List<SourceRecord> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(truth.resolve("identities.csv"));
            for (String trueId : members) {
                for (String line : lines.subList(1, lines.size())) {
                    int first = line.indexOf(',');
                    int last = line.lastIndexOf(',');
                    int beforeLast = line.lastIndexOf(',', last - 1);
                    String dataset = line.substring(0, first);
                    if (dataset.equals("politie-bvh") && line.substring(beforeLast + 1, last).equals(trueId)
                            && line.substring(last + 1).equals("Person")) {
                        out.add(new SourceRecord(dataset, line.substring(first + 1, beforeLast)));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
