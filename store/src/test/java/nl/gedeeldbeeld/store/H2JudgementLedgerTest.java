package nl.gedeeldbeeld.store;

/** The tests of {@link AbstractJudgementLedgerTest} on the embedded H2 database. */
class H2JudgementLedgerTest extends AbstractJudgementLedgerTest {
    @Override
    protected TestDatabases.Opened openDatabase() throws Exception {
        return TestDatabases.h2();
    }
}
