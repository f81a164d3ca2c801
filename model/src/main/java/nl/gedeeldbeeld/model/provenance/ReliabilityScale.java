package nl.gedeeldbeeld.model.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** The labels of the reliability grades, read from data so a deployment can use its own wording. */
public record ReliabilityScale(Map<Character, String> sources, Map<Integer, String> information) {

    public ReliabilityScale {
        sources = Map.copyOf(sources);
        information = Map.copyOf(information);
    }

    public static ReliabilityScale standard() {
        try (InputStream in = ReliabilityScale.class.getResourceAsStream("/nl/gedeeldbeeld/model/reliability-grades.yml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<Character, String> sources = new TreeMap<>();
            root.get("sources").fields().forEachRemaining(e -> sources.put(e.getKey().charAt(0), e.getValue().asText()));
            Map<Integer, String> information = new TreeMap<>();
            root.get("information").fields().forEachRemaining(e -> information.put(Integer.parseInt(e.getKey()), e.getValue().asText()));
            return new ReliabilityScale(sources, information);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reliability grades", e);
        }
    }

    /** "B2 — Meestal betrouwbaar / Waarschijnlijk waar". */
    public String describe(Reliability grade) {
        return grade.code() + " — " + sources.get(grade.source()) + " / " + information.get(grade.information());
    }
}
