package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.gedeeldbeeld.ingest.CsvMapping.ValueSource;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMappingLoaderTest {
    @TempDir
    Path dir;

    private final CsvMappingLoader loader = new CsvMappingLoader(SchemaRegistry.standard());

    private void assertRejected(String yaml, String message) {
        Path file = write(dir, "mapping.yml", yaml);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(UserInputException.class).hasMessage(message);
    }

    @Test
    void theDocumentedExampleLoadsWithReferencedEntitiesFirst() {
        CsvMapping mapping = loader.load(write(dir, "mapping.yml", """
                format: tsv
                entities:
                  rekeninghouder:
                    schema: Ownership
                    keys: [relatienummer, iban]
                    properties:
                      owner: { entity: persoon }
                      asset: { entity: rekening }
                  persoon:
                    schema: Person
                    keys: [relatienummer]
                    properties:
                      name: [voornaam, achternaam]
                      phone: { columns: [telefoon1, telefoon2], split: ";" }
                  rekening:
                    schema: BankAccount
                    keys: [iban]
                    properties:
                      iban: iban
                """));

        assertThat(mapping.format()).contains(SourceFormat.TSV);
        assertThat(mapping.entities()).extracting(CsvMapping.Entity::name)
                .containsExactly("persoon", "rekening", "rekeninghouder");
        assertThat(mapping.entities().get(2).edge()).isTrue();
        assertThat(mapping.entities().get(0).properties().get(1).source())
                .isEqualTo(new ValueSource.EachColumn(java.util.List.of("telefoon1", "telefoon2"), java.util.Optional.of(";")));
    }

    @Test
    void anUnknownSchemaNamesTheMappingFileAndTheEntry() {
        assertRejected("""
                entities:
                  persoon:
                    schema: Persn
                    keys: [nr]
                """, "mapping.yml: entity 'persoon': unknown schema 'Persn'");
    }

    @Test
    void anUnknownPropertyNamesTheSchemaAndTheProperty() {
        assertRejected("""
                entities:
                  persoon:
                    schema: Person
                    keys: [nr]
                    properties:
                      geboortedatum: gebdat
                """, "mapping.yml: entity 'persoon': schema Person has no property 'geboortedatum'");
    }

    @Test
    void aReferenceToAnUndefinedEntityIsRefused() {
        assertRejected("""
                entities:
                  persoon:
                    schema: Person
                    keys: [nr]
                  houder:
                    schema: Ownership
                    keys: [nr, iban]
                    properties:
                      owner: { entity: persoonn }
                """, "mapping.yml: entity 'houder': property 'owner' refers to entity 'persoonn', which the mapping does not define");
    }

    @Test
    void anEntryWithoutKeysIsRefused() {
        assertRejected("""
                entities:
                  persoon:
                    schema: Person
                    properties:
                      name: naam
                """, "mapping.yml: entity 'persoon': no keys; list the columns that identify it, e.g. keys: [relatienummer]");
    }

    @Test
    void aReferenceOnAPropertyThatHoldsNoEntityIsRefused() {
        assertRejected("""
                entities:
                  persoon:
                    schema: Person
                    keys: [nr]
                    properties:
                      name: { entity: persoon }
                """, "mapping.yml: entity 'persoon': property 'name' holds no reference to another entity, so it cannot take {entity: ...}");
    }

    @Test
    void entriesWhoseIdsWouldCollideAreRefused() {
        assertRejected("""
                entities:
                  persoon:
                    schema: Person
                    keys: [nr]
                  bedrijf:
                    schema: Company
                    keys: [nr]
                """, "mapping.yml: entities 'persoon' and 'bedrijf' have the same keys and keyPrefix, so their ids would collide; give one a keyPrefix");
    }

    @Test
    void aMisspelledSettingIsNamed() {
        assertRejected("""
                entities:
                  persoon:
                    schema: Person
                    key: [nr]
                """, "mapping.yml: entity 'persoon': unknown setting 'key'; known settings: keyPrefix, keys, properties, schema");
    }

    @Test
    void invalidYamlGivesTheLine() {
        assertRejected("entities:\n  persoon: [unclosed\n", "mapping.yml: not valid YAML at line 3, column 1: "
                + "expected ',' or ']', but got <stream end> (check the indentation and brackets)");
    }

    @Test
    void aMissingMappingFileIsAUserError() {
        Path missing = dir.resolve("nope.yml");
        assertThatThrownBy(() -> loader.load(missing)).isInstanceOf(UserInputException.class)
                .hasMessage("mapping file " + missing + " not found");
    }
}
