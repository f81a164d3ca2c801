package nl.gedeeldbeeld.store;

class H2AuditedWritesTest extends AbstractAuditedWritesTest {
    @Override
    String freshDatabase() {
        return StoreConfig.embedded(dir.resolve("data")).jdbcUrl();
    }

    @Override
    void dropDatabase() {
        // the temporary directory goes with the test
    }
}
