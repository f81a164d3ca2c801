package nl.gedeeldbeeld.synth;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A partner CSV/TSV file with its mapping YAML: writes rows and, for each entity a row yields, the
 * identity row in the ground truth.
 */
final class MappedTable implements Closeable {
    private final CsvTable table;
    private final TableMapping mapping;
    private final PartnerSource source;
    private final IdentityLedger ledger;
    private final String relativePath;
    private final String relativeMapping;
    private final int[][] keyColumns;

    MappedTable(Path outDir, String relativePath, List<String> header, TableMapping mapping, PartnerSource source,
                IdentityLedger ledger, String comment) throws IOException {
        for (String column : mapping.columns()) {
            if (!header.contains(column)) {
                throw new IllegalStateException(relativePath + ": mapping refers to column '" + column
                        + "', which the header does not have");
            }
        }
        this.mapping = mapping;
        this.source = source;
        this.ledger = ledger;
        this.relativePath = relativePath;
        this.relativeMapping = relativePath.replaceFirst("\\.(csv|tsv)$", "") + ".mapping.yml";
        char delimiter = mapping.format.equals("tsv") ? '\t' : ',';
        this.table = new CsvTable(outDir.resolve(relativePath), delimiter, header);
        keyColumns = new int[mapping.entities.size()][];
        for (int e = 0; e < keyColumns.length; e++) {
            List<String> keys = mapping.entities.get(e).keys();
            keyColumns[e] = keys.stream().mapToInt(header::indexOf).toArray();
        }
        mapping.write(outDir.resolve(relativeMapping), comment);
    }

    /**
     * @param values  one value per header column ("" for missing)
     * @param trueIds the true id per mapping entity, in mapping order ("" where the row yields none)
     */
    void row(String[] values, String... trueIds) throws IOException {
        if (trueIds.length != keyColumns.length) {
            throw new IllegalArgumentException("need a true id per mapping entity");
        }
        table.write(values);
        for (int e = 0; e < keyColumns.length; e++) {
            String[] keys = new String[keyColumns[e].length];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = values[keyColumns[e][k]];
            }
            TableMapping.Entity entity = mapping.entities.get(e);
            String id = TableMapping.sourceId(entity, keys);
            if (id.isEmpty()) {
                continue;
            }
            if (trueIds[e].isEmpty()) {
                throw new IllegalStateException(relativePath + ": entity " + entity.name() + " has no true id");
            }
            switch (entity.identity()) {
                case OWN -> ledger.record(source.dataset(), id, trueIds[e], entity.schema());
                case SHARED -> ledger.recordOnce(source.dataset(), id, trueIds[e], entity.schema());
                case REFERENCE -> { }
            }
        }
    }

    ManifestEntry entry() {
        return new ManifestEntry(relativePath, mapping.format, Optional.of(relativeMapping), source.dataset(),
                source.partner(), source.regime(), source.reliability(), table.rows());
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
