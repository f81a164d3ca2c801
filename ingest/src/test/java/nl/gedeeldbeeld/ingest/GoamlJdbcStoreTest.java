package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.GoamlImportTest.DATASET;
import static nl.gedeeldbeeld.ingest.GoamlImportTest.fiu;
import static nl.gedeeldbeeld.ingest.GoamlImportTest.fixture;
import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.UUID;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.StatementStore;
import nl.gedeeldbeeld.store.StoreConfig;
import nl.gedeeldbeeld.store.StoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** The goAML fixture through the real JDBC store: on H2 always, on PostgreSQL when GB_TEST_POSTGRES_URL names one. */
class GoamlJdbcStoreTest {
    @TempDir
    Path dir;

    @Test
    void theFixtureImportsOnceIntoH2WithItsBadReportQuarantined() throws Exception {
        try (StatementStore store = StoreFactory.openStore(StoreConfig.embedded(dir.resolve("data")))) {
            importTwice(store);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "GB_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
    void theFixtureImportsOnceIntoPostgresWithItsBadReportQuarantined() throws Exception {
        String url = System.getenv("GB_TEST_POSTGRES_URL");
        String schema = "gb_goaml_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try (StatementStore store = StoreFactory.openStore(StoreConfig.of(url + (url.contains("?") ? "&" : "?")
                + "currentSchema=" + schema, dir.resolve("index")))) {
            importTwice(store);
        } finally {
            try (Connection c = DriverManager.getConnection(url); var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void importTwice(StatementStore store) throws Exception {
        Path file = Files.copy(fixture(), dir.resolve("fiu-meldingen.xml"));
        ImportRequest request = fiu(file).batchSize(1).build();

        ImportReport first = importer(store).importFile(request, file, ProgressListener.NONE);

        assertThat(first.batchesCommitted()).isEqualTo(3);
        assertThat(first.problems()).singleElement().asString().startsWith("fiu-meldingen.xml: line 124: report 2: ");
        // Report 1: its note, 2 payments, Jan de Vries, the conductor, 2 accounts, the company, 2 ownerships (10);
        // report 3: its note, 1 payment, the stichting (Jan again) — 13 entities.
        assertThat(store.countEntities()).isEqualTo(13);
        assertThat(store.quarantine(Optional.of(DATASET), false)).singleElement()
                .satisfies(q -> assertThat(q.recordNumber()).isEqualTo(124));
        assertThat(store.statementsOf(store.entityIds().id(DATASET, "goaml-tx:2002:9000117")))
                .extracting(Statement::property, Statement::value).contains(
                        org.assertj.core.groups.Tuple.tuple("amount", "25000"),
                        org.assertj.core.groups.Tuple.tuple("purpose", "Gift"));
        assertThat(store.statementsOf(store.entityIds().id(DATASET, "goaml-tx:2002:9000117")))
                .allSatisfy(s -> assertThat(s.provenance().regime()).isEqualTo("WWFT"));
        long statements = store.countStatements();

        ImportReport again = importer(store).importFile(request, file, ProgressListener.NONE);

        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(store.countStatements()).isEqualTo(statements);
        assertThat(store.quarantine(Optional.of(DATASET), false)).hasSize(1);
    }
}
