package nl.gedeeldbeeld.synth;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Streams {@code ground-truth/identities.csv}: for every entity a partner file yields, the true identity
 * behind it. Ids that several rows share (an address, an account) are remembered per dataset so they are
 * written once; unique ids are not remembered, which keeps memory flat for large worlds.
 */
final class IdentityLedger implements Closeable {
    private final BufferedWriter out;
    private final Map<String, Set<String>> shared = new HashMap<>();
    private long rows;

    IdentityLedger(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write("dataset,source_id,true_id,schema\n");
    }

    /** An id the caller guarantees to appear only once in the dataset. */
    void record(String dataset, String sourceId, String trueId, String schema) throws IOException {
        out.write(CsvTable.quote(dataset, ','));
        out.write(',');
        out.write(CsvTable.quote(sourceId, ','));
        out.write(',');
        out.write(trueId);
        out.write(',');
        out.write(schema);
        out.write('\n');
        rows++;
    }

    /** An id that more rows of the dataset may yield; only its first sighting is written. */
    void recordOnce(String dataset, String sourceId, String trueId, String schema) throws IOException {
        if (shared.computeIfAbsent(dataset, d -> new HashSet<>()).add(sourceId)) {
            record(dataset, sourceId, trueId, schema);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
