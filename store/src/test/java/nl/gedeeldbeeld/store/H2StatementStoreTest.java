package nl.gedeeldbeeld.store;

import static nl.gedeeldbeeld.store.Fixtures.T0;
import static nl.gedeeldbeeld.store.Fixtures.batch;
import static nl.gedeeldbeeld.store.Fixtures.entity;
import static nl.gedeeldbeeld.store.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;
import org.junit.jupiter.api.Test;

/** The repository contract on the embedded H2 database, in a fresh directory. */
class H2StatementStoreTest extends AbstractStatementStoreTest {
    private Path dir;

    @Override
    protected JdbcStatementStore openStore() throws Exception {
        dir = Files.createTempDirectory("gb-h2-test");
        return StoreFactory.openStore(StoreConfig.embedded(dir));
    }

    @Override
    protected void closeStore() throws Exception {
        super.closeStore();
        TestDirs.delete(dir);
    }

    @Test
    void aLoadIntoAnEmptyStoreLeavesTheExactValueIndexOutUntilItsRunCompletesAndLookupsStayRight() throws Exception {
        store.beginRun(run("r1", "politie-bvh"));
        store.commitBatch(batch("r1", 1, T0), entity("politie-bvh", "A1", "BankAccount", "iban", "NL91ABNA0417164300"), List.of());

        assertThat(valueIndexExists()).isFalse();
        assertThat(store.entitiesWithValue("NL91ABNA0417164300")).containsExactly(entity("politie-bvh", "A1"));

        store.completeRun("r1");

        assertThat(valueIndexExists()).isTrue();
        assertThat(store.entitiesWithValue("NL91ABNA0417164300")).containsExactly(entity("politie-bvh", "A1"));
    }

    @Test
    void aRunIntoAStoreThatHoldsStatementsKeepsTheExactValueIndex() throws Exception {
        store.beginRun(run("r1", "politie-bvh"));
        store.commitBatch(batch("r1", 1, T0), entity("politie-bvh", "A1", "BankAccount", "iban", "NL91ABNA0417164300"), List.of());
        store.completeRun("r1");

        store.beginRun(run("r2", "politie-bvh"));

        assertThat(valueIndexExists()).isTrue();
    }

    @Test
    void aStoreOpenedAfterALoadThatNeverCompletedBuildsTheExactValueIndexAgain() throws Exception {
        store.beginRun(run("r1", "politie-bvh"));
        store.commitBatch(batch("r1", 1, T0), entity("politie-bvh", "A1", "BankAccount", "iban", "NL91ABNA0417164300"), List.of());
        assertThat(valueIndexExists()).isFalse();
        store.close();

        store = StoreFactory.openStore(StoreConfig.embedded(dir));

        assertThat(valueIndexExists()).isTrue();
        assertThat(store.entitiesWithValue("NL91ABNA0417164300")).containsExactly(entity("politie-bvh", "A1"));
    }

    private boolean valueIndexExists() throws SQLException {
        try (Connection c = store.dataSource().getConnection();
             var ps = c.prepareStatement("SELECT 1 FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'statements_value_hash'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
