package nl.gedeeldbeeld.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.store.search.SearchQuery;
import nl.gedeeldbeeld.store.search.TestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFactoryTest {

    @Test
    void aUrlThatIsNeitherH2NorPostgresIsRefusedWithTheUrlInTheMessage() {
        assertThatThrownBy(() -> StoreFactory.openStore(StoreConfig.of("jdbc:mysql://db/x?password=geheim", Path.of("i"))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("jdbc:mysql://db/x?password=***")
                .hasMessageNotContaining("geheim")
                .hasMessageContaining("neither H2");
    }

    @Test
    void anUnreachableDatabaseIsAUserErrorNamingTheUrl() {
        assertThatThrownBy(() -> StoreFactory.openStore(StoreConfig.of("jdbc:postgresql://127.0.0.1:1/nope?connectTimeout=2", Path.of("i"))))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("cannot open database jdbc:postgresql://127.0.0.1:1/nope")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theEmbeddedStoreLivesUnderTheDataDirectoryAndSurvivesReopening(@TempDir Path dataDir) {
        try (Storage storage = StoreFactory.openEmbedded(dataDir)) {
            storage.store().beginRun(Fixtures.run("r1", "politie-bvh"));
            storage.commitAndIndex(Fixtures.batch("r1", 1, Fixtures.T0),
                    Fixtures.entity("politie-bvh", "P1", "Person", "name", "Jan de Vries"), List.of());
        }
        assertThat(dataDir.resolve("gedeeldbeeld.mv.db")).exists();
        assertThat(dataDir.resolve("index")).isDirectory();

        try (Storage storage = StoreFactory.openEmbedded(dataDir)) {
            assertThat(storage.store().countStatements()).isEqualTo(2);
            assertThat(storage.index().search(SearchQuery.of("de vries", TestAccess.allOf("politie"))).total()).isEqualTo(1);
        }
    }

    @Test
    void anIndexInUseByAnotherStoreIsAUserError(@TempDir Path dataDir) {
        try (Storage storage = StoreFactory.openEmbedded(dataDir)) {
            assertThatThrownBy(() -> nl.gedeeldbeeld.store.search.SearchIndex.open(storage.index().path(),
                    nl.gedeeldbeeld.model.schema.SchemaRegistry.standard()))
                    .isInstanceOf(UserInputException.class)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void anEmbeddedStoreOpenInAnotherProcessIsAUserErrorThatSaysWhatToDo(@TempDir Path dataDir) throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try {
            var reader = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream()));
            String line;
            while ((line = reader.readLine()) != null && !line.equals("open")) {
                // wait until the other process holds the store
            }
            assertThatThrownBy(() -> StoreFactory.openEmbedded(dataDir))
                    .isInstanceOf(UserInputException.class)
                    .hasMessageStartingWith("the embedded store " + dataDir.toAbsolutePath().normalize().resolve("gedeeldbeeld"))
                    .hasMessageContaining("in use by another process")
                    .hasMessageContaining("stop it first");
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void finding9AnImportKilledAfterItsStoreCommitsIsFullyFindableWhenTheStoreIsOpenedAgain(@TempDir Path dataDir)
            throws Exception {
        Process importing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportThenHang.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try {
            var reader = new java.io.BufferedReader(new java.io.InputStreamReader(importing.getInputStream()));
            String line;
            while ((line = reader.readLine()) != null && !line.equals("committed")) {
                // wait until both batches are committed to the store
            }
            assertThat(line).as("the child process reached its commits").isEqualTo("committed");
        } finally {
            // destroyForcibly is SIGKILL on Linux: no shutdown hook, no index commit, no close.
            importing.destroyForcibly().waitFor();
        }

        try (var store = StoreFactory.openStore(StoreConfig.embedded(dataDir))) {
            assertThat(store.indexBacklog().pending().keys())
                    .as("the store knows what the killed process never made durable in the index")
                    .contains("r1#2");
        }
        try (Storage storage = StoreFactory.openEmbedded(dataDir)) {
            var everything = TestAccess.allOf("politie");
            assertThat(storage.index().search(SearchQuery.of("Zeynep Polat", everything)).total()).isEqualTo(1);
            assertThat(storage.index().search(SearchQuery.of("Jan Jansen", everything)).total()).isEqualTo(1);
            assertThat(storage.store().indexBacklog().pending().isEmpty()).isTrue();
        }
    }
}
