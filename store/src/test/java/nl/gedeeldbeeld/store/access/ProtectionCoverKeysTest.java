package nl.gedeeldbeeld.store.access;

import static nl.gedeeldbeeld.store.Fixtures.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The normalised keys by which a flag covers the same address or vehicle entered under another id. */
class ProtectionCoverKeysTest {
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.standard();

    private static Optional<String> key(String schema, String... propertyValues) {
        return ProtectionCover.thingKey(entity("ds", "x", schema, propertyValues), SCHEMAS).map(ProtectionCover.ThingKey::key);
    }

    @Test
    @DisplayName("finding 3: an address written with and without a space in its postcode has one key")
    void finding3APostcodeWithASpaceGivesTheSameKey() {
        Optional<String> compact = key("Address", "postalCode", "3054LM", "street", "Brugstraat 30");
        Optional<String> spaced = key("Address", "postalCode", "3054 LM", "street", "Brugstraat 30");
        assertThat(compact).contains("address:3054LM:30");
        assertThat(spaced).isEqualTo(compact);
    }

    @Test
    void theHouseNumberComesFromItsOwnPropertyTheStreetOrTheFullAddressAndItsAdditionIsIgnored() {
        assertThat(key("Address", "postalCode", "3054LM", "houseNumber", "30-A")).contains("address:3054LM:30");
        assertThat(key("Address", "postalCode", "3054LM", "street", "Weverstraat 30 III")).contains("address:3054LM:30");
        assertThat(key("Address", "full", "Brugstraat 30hs, 3054 LM Rotterdam")).contains("address:3054LM:30");
        assertThat(key("Address", "postalCode", "3054LM", "street", "Brugstraat 31")).isNotEqualTo(
                key("Address", "postalCode", "3054LM", "street", "Brugstraat 30"));
    }

    @Test
    void anAddressWithoutPostcodeOrNumberHasNoKeyAndCoversNothingElse() {
        assertThat(key("Address", "street", "Brugstraat 30", "city", "Rotterdam")).isEmpty();
        assertThat(key("Address", "postalCode", "3054LM", "street", "Brugstraat")).isEmpty();
        assertThat(key("Person", "name", "Jan Jansen")).isEmpty();
    }

    @Test
    @DisplayName("finding 3: a plate written with dashes or spaces has one key")
    void finding3APlateInAnyNotationGivesTheSameKey() {
        assertThat(key("Vehicle", "registrationNumber", "12-ABC-3")).contains("plate:12ABC3");
        assertThat(key("Vehicle", "registrationNumber", "12 abc 3")).contains("plate:12ABC3");
    }

    @Test
    void linkSchemataAreEdgesAndIntervalsThatAreNotThings() {
        assertThat(ProtectionCover.isLinkSchema(SCHEMAS, "Associate")).isTrue();
        assertThat(ProtectionCover.isLinkSchema(SCHEMAS, "Ownership")).isTrue();
        assertThat(ProtectionCover.isLinkSchema(SCHEMAS, "UnknownLink")).isTrue();
        assertThat(ProtectionCover.isLinkSchema(SCHEMAS, "Person")).isFalse();
        assertThat(ProtectionCover.isLinkSchema(SCHEMAS, "Address")).isFalse();
        assertThat(ProtectionCover.isLinkSchema(SCHEMAS, "Vehicle")).isFalse();
    }
}
