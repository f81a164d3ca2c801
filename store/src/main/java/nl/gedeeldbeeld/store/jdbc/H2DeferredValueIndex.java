package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On H2, the exact-value index ({@code statements_value_hash}, migration V3) is left out while an import run loads
 * into an empty statements table, and built once, from the loaded rows, when the run completes.
 *
 * <p>Why: H2's MVStore rewrites every B-tree page an insert touches (copy-on-write). The value hash is a random
 * key, so during a load every batch touches, and the next save re-serialises, most of that index's pages;
 * {@code RowDataType.write} under the {@code H2-serialization} thread is the largest share of the import's
 * profile. Built after the load, the index is written once.
 *
 * <p>Only speed depends on the index, never an answer: lookups ask {@code value_hash = … AND "value" = …} of
 * whatever rows they read, so during a first load they scan and are slower, not wrong. A process killed before
 * the index is rebuilt leaves it missing; {@link #ensure} (every open of the store) builds it again. A store
 * that already holds statements keeps the index throughout: rebuilding it after every small import would cost
 * more than it saves. No schema change: an older store is untouched, its index stays where V3 put it.
 */
final class H2DeferredValueIndex {
    private static final Logger LOG = LoggerFactory.getLogger(H2DeferredValueIndex.class);
    private static final String INDEX = "statements_value_hash";
    private static final String CREATE = "CREATE INDEX IF NOT EXISTS " + INDEX + " ON statements (value_hash)";

    private final DataSource dataSource;
    private final Set<String> deferringRuns = new HashSet<>();

    H2DeferredValueIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Builds the index if a load that left it out never completed (a killed process). */
    void ensure() {
        Jdbc.inTransaction(dataSource, "building the exact-value index", c -> {
            if (!exists(c)) {
                LOG.warn("the exact-value index is missing (an import into an empty store did not complete); building it");
                try (Statement st = c.createStatement()) {
                    st.execute(CREATE);
                }
            }
            return null;
        });
    }

    /**
     * A new run begins: if the statements table is empty, the index is dropped until the run completes. A
     * failure (say another session holds the table past the lock timeout) only means the load keeps the index.
     */
    synchronized void runBegins(String runId) {
        try {
            boolean dropped = Jdbc.inTransaction(dataSource, "deferring the exact-value index", c -> {
                try (Statement st = c.createStatement()) {
                    try (ResultSet rs = st.executeQuery("SELECT 1 FROM statements LIMIT 1")) {
                        if (rs.next()) {
                            return false;
                        }
                    }
                    st.execute("DROP INDEX IF EXISTS " + INDEX);
                    return true;
                }
            });
            if (dropped) {
                deferringRuns.add(runId);
            }
        } catch (RuntimeException e) {
            LOG.warn("the exact-value index stays during this load: {}", e.getMessage());
        }
    }

    /**
     * A run completed: if the index was left out (for this run, or for an earlier one that never completed), it
     * is built now; a run still loading beside it then goes on with the index. A failure here costs only speed until the next open builds it, so it is logged, not thrown:
     * the run's statements are committed and complete.
     */
    synchronized void runCompleted(String runId) {
        if (deferringRuns.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try {
            Jdbc.inTransaction(dataSource, "building the exact-value index", c -> {
                try (Statement st = c.createStatement()) {
                    st.execute(CREATE);
                }
                return null;
            });
            deferringRuns.clear();
            LOG.info("exact-value index built after the load: ms={}", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("the exact-value index could not be built after the load; the next open builds it: {}", e.getMessage());
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT 1 FROM INFORMATION_SCHEMA.INDEXES"
                + " WHERE INDEX_SCHEMA = CURRENT_SCHEMA AND LOWER(INDEX_NAME) = ?")) {
            ps.setString(1, INDEX);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
