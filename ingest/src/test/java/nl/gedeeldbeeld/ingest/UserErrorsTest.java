package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static nl.gedeeldbeeld.ingest.TestSupport.request;
import static nl.gedeeldbeeld.ingest.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserErrorsTest {
    @TempDir
    Path dir;

    private final FakeStatementStore store = new FakeStatementStore();

    @Test
    void anUnknownRegimeIsRefusedBeforeAnyFileIsRead() {
        Path file = write(dir, "a.ftm.json", "");
        ImportRequest request = ImportRequest.builder("test", "POLITIE", "wpg_art99").file(file).build();

        assertThatThrownBy(() -> importer(store).importAll(request, ProgressListener.NONE))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("unknown legal regime 'WPG_ART99'; known regimes: ")
                .hasMessageContaining("WPG_ART9");
    }

    @Test
    void aBadReliabilityGradeSaysWhatIsAllowed() {
        assertThatThrownBy(() -> request(dir.resolve("a.json")).reliability("G9"))
                .isInstanceOf(UserInputException.class)
                .hasMessage("reliability source grade must be A to F, not 'G'");
        assertThatThrownBy(() -> request(dir.resolve("a.json")).reliability("goed"))
                .hasMessage("reliability 'goed' must be a letter A–F and a digit 1–6, e.g. B2");
    }

    @Test
    void aMissingFileFailsThatFileOnlyAndTheOthersAreImported() {
        Path good = write(dir, "good.ftm.json", "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{}}\n");
        Path missing = dir.resolve("missing.ftm.json");
        ImportRequest request = request(missing).file(good).build();

        List<ImportReport> reports = importer(store).importAll(request, ProgressListener.NONE);

        assertThat(reports).extracting(ImportReport::summary).containsExactly(
                missing + ": file not found",
                "good.ftm.json: 1 records, 0 refused, 1 new statements, 0 seen again; values: 0 kept as text (not normalised), 0 in quarantine");
    }

    @Test
    void anUnreadableMappingIsAUserError() {
        Path file = write(dir, "a.csv", "nr\n1\n");
        Path mapping = dir.resolve("weg.yml");

        assertThatThrownBy(() -> importer(store).importAll(request(file).mapping(mapping).build(), ProgressListener.NONE))
                .isInstanceOf(UserInputException.class)
                .hasMessage("mapping file " + mapping + " not found");
    }

    @Test
    void aCsvFileWithoutAMappingAsksForOne() {
        Path file = write(dir, "a.csv", "nr\n1\n");

        assertThatThrownBy(() -> importer(store).importFile(request(file).build(), file, ProgressListener.NONE))
                .hasMessage("a.csv: a CSV file needs a mapping; give --mapping FILE.yml (see docs/csv-mapping.md)");
    }

    @Test
    void aFileOfUnknownKindAsksForTheFormat() {
        Path file = write(dir, "a.dat", "x\n");

        assertThatThrownBy(() -> importer(store).importFile(request(file).build(), file, ProgressListener.NONE))
                .hasMessage(file + ": cannot tell the format from the file name; give --format ftm, csv, tsv or goaml");
    }

    @Test
    void badRequestValuesAreUserErrors() {
        assertThatThrownBy(() -> ImportRequest.builder("Mijn Dataset", "POLITIE", "WPG_ART9").file(dir).build())
                .hasMessage("dataset name 'Mijn Dataset' must be 1–63 lower-case letters, digits, '-' or '_'");
        assertThatThrownBy(() -> request(dir).format("xls")).hasMessage("format 'xls' must be ftm, csv, tsv, goaml, statements or auto");
        assertThatThrownBy(() -> request(dir).retainUntil("31-12-2030"))
                .hasMessage("retain-until '31-12-2030' must be a date such as 2030-12-31");
        assertThatThrownBy(() -> request(dir).batchSize(0).build())
                .hasMessage("batch size must be between 1 and 1000000, not 0");
    }

    @Test
    void theSameBytesUnderAnotherPartnerAreRefusedRatherThanMixed() {
        Path file = write(dir, "a.ftm.json", "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{}}\n");
        importer(store).importFile(request(file).build(), file, ProgressListener.NONE);
        ImportRequest other = ImportRequest.builder("test", "FIOD", "WPG_ART9").file(file).build();

        assertThatThrownBy(() -> importer(store).importFile(other, file, ProgressListener.NONE))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("a.ftm.json: these bytes were already imported into dataset 'test' by partner POLITIE");
    }
}
