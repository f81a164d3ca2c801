package nl.gedeeldbeeld.store;

/** The tests of {@link AbstractPolicyRegistersTest} on the embedded H2 database. */
class H2PolicyRegistersTest extends AbstractPolicyRegistersTest {
    @Override
    protected TestDatabases.Opened openDatabase() throws Exception {
        return TestDatabases.h2();
    }
}
