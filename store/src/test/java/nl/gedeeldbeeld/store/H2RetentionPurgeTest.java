package nl.gedeeldbeeld.store;

/** The tests of {@link AbstractRetentionPurgeTest} on the embedded H2 database. */
class H2RetentionPurgeTest extends AbstractRetentionPurgeTest {
    @Override
    protected TestDatabases.Opened openDatabase() throws Exception {
        return TestDatabases.h2();
    }
}
