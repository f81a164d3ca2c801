package nl.gedeeldbeeld.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of an import run, stored as JSON in {@code ImportRun.parameters}: enough to resume the run
 * with the same batch boundaries and to re-read its quarantined records later (the CSV header included,
 * because a quarantined row is stored without it).
 *
 * @param path      the file as it was given, for the record; retry never re-reads the file itself
 * @param delimiter CSV/TSV column separator; ignored for FtM
 */
public record RunParameters(SourceFormat format, String path, Optional<String> mapping, Optional<String> mappingSha256,
                            String dataset, String partner, String regime, String reliability,
                            Optional<Instant> collectedAt, Optional<LocalDate> retainUntil, int batchSize,
                            List<String> header, char delimiter, Optional<String> retryOf) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public RunParameters {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(mappingSha256, "mappingSha256");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(retainUntil, "retainUntil");
        header = List.copyOf(header);
        Objects.requireNonNull(retryOf, "retryOf");
    }

    RunParameters asRetryOf(String runId) {
        return new RunParameters(format, path, mapping, mappingSha256, dataset, partner, regime, reliability,
                collectedAt, retainUntil, batchSize, header, delimiter, Optional.of(runId));
    }

    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", format.code());
        node.put("path", path);
        mapping.ifPresent(m -> node.put("mapping", m));
        mappingSha256.ifPresent(m -> node.put("mappingSha256", m));
        node.put("dataset", dataset);
        node.put("partner", partner);
        node.put("regime", regime);
        node.put("reliability", reliability);
        collectedAt.ifPresent(c -> node.put("collectedAt", c.toString()));
        retainUntil.ifPresent(r -> node.put("retainUntil", r.toString()));
        node.put("batchSize", batchSize);
        if (format.hasHeader()) {
            ArrayNode columns = node.putArray("header");
            header.forEach(columns::add);
            node.put("delimiter", String.valueOf(delimiter));
        }
        retryOf.ifPresent(r -> node.put("retryOf", r));
        return node.toString();
    }

    public static RunParameters fromJson(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import run parameters are not JSON", e);
        }
        List<String> header = new ArrayList<>();
        if (node.has("header")) {
            node.get("header").forEach(h -> header.add(h.asText()));
        }
        SourceFormat format = SourceFormat.parse(node.path("format").asText("ftm"));
        String delimiter = node.path("delimiter").asText(String.valueOf(format.defaultDelimiter()));
        return new RunParameters(format, node.path("path").asText(""), text(node, "mapping"), text(node, "mappingSha256"),
                node.path("dataset").asText(), node.path("partner").asText(), node.path("regime").asText(),
                node.path("reliability").asText("F6"), text(node, "collectedAt").map(Instant::parse),
                text(node, "retainUntil").map(LocalDate::parse), node.path("batchSize").asInt(ImportRequest.DEFAULT_BATCH_SIZE),
                header, delimiter.isEmpty() ? ',' : delimiter.charAt(0), text(node, "retryOf"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
