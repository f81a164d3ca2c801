package nl.gedeeldbeeld.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a synthetic world's {@code ground-truth/identities.csv}: which source record (dataset, source
 * id) is which true entity, of which schema. A row is split at its first comma and its last two, so a source
 * id with a comma in it still reads right; the store id of a record is made under the store's key
 * ({@link #storeId}: the benchmark runs as the platform, which holds the key; nobody else can make it).
 */
record TrueIdentities(String dataset, String sourceId, String trueId, String schema) {

    static List<TrueIdentities> read(Path world) throws IOException {
        List<String> lines = Files.readAllLines(world.resolve("ground-truth/identities.csv"), StandardCharsets.UTF_8);
        List<TrueIdentities> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            int first = line.indexOf(',');
            int last = line.lastIndexOf(',');
            int beforeLast = line.lastIndexOf(',', last - 1);
            if (first < 0 || beforeLast <= first) {
                continue;
            }
            rows.add(new TrueIdentities(line.substring(0, first), line.substring(first + 1, beforeLast),
                    line.substring(beforeLast + 1, last), line.substring(last + 1)));
        }
        return rows;
    }

    String storeId(nl.gedeeldbeeld.model.entity.EntityIdScheme ids) {
        return ids.id(dataset, sourceId);
    }
}
