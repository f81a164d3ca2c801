package nl.gedeeldbeeld.store;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.gedeeldbeeld.store.jdbc.JdbcStatementStore;

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
}
