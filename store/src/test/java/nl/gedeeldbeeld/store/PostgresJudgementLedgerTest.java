package nl.gedeeldbeeld.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The tests of {@link AbstractJudgementLedgerTest} on PostgreSQL, when {@code GB_TEST_POSTGRES_URL} names a database. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL_VARIABLE, matches = "jdbc:postgresql:.+")
class PostgresJudgementLedgerTest extends AbstractJudgementLedgerTest {
    @Override
    protected TestDatabases.Opened openDatabase() throws Exception {
        return TestDatabases.postgres();
    }
}
