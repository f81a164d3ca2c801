package nl.gedeeldbeeld.model.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.value.ValueResult;
import org.junit.jupiter.api.Test;
import tech.followthemoney.model.Schema;

class SchemaRegistryTest {
    private final SchemaRegistry registry = SchemaRegistry.standard();

    @Test
    void containsTheFtmSchemataAndOurExtensions() {
        assertThat(registry.schemaNames()).contains("Thing", "LegalEntity", "Person", "Company", "Organization",
                "Address", "BankAccount", "CryptoWallet", "Vehicle", "Vessel", "Identification", "Event", "Payment",
                "Ownership", "Directorship", "Employment", "Membership", "Family", "Associate", "UnknownLink",
                "Container", "AccessPass");
    }

    @Test
    void extensionsInheritFromFtmSchemata() {
        Schema container = registry.require("Container");
        assertThat(container.hasProperty("name")).isTrue();
        assertThat(container.hasProperty("containerNumber")).isTrue();
        Schema pass = registry.require("AccessPass");
        assertThat(pass.isEdge()).isTrue();
        assertThat(pass.hasProperty("startDate")).isTrue();
        assertThat(registry.require("Company").hasProperty("kvkNumber")).isTrue();
    }

    @Test
    void propertiesValidateWithTheirFormat() {
        Schema company = registry.require("Company");
        assertThat(registry.normalise(company, "kvkNumber", "1234 5678")).isEqualTo(ValueResult.valid("12345678"));
        assertThat(registry.normalise(registry.require("BankAccount"), "iban", "NL91ABNA0417164301").isValid()).isFalse();
        assertThat(registry.normalise(registry.require("Vehicle"), "registrationNumber", "12-abc-3")).isEqualTo(ValueResult.valid("12ABC3"));
        assertThat(registry.normalise(registry.require("Payment"), "amount", "1.234,50")).isEqualTo(ValueResult.valid("1234.5"));
        assertThat(registry.normalise(registry.require("Person"), "gender", "male")).isEqualTo(ValueResult.valid("male"));
        assertThat(registry.normalise(registry.require("Person"), "shoeSize", "44"))
                .isEqualTo(ValueResult.invalid("schema Person has no property 'shoeSize'"));
    }

    @Test
    void anUnknownSchemaIsAUserError() {
        assertThatThrownBy(() -> registry.require("Persn"))
                .isInstanceOf(UserInputException.class).hasMessage("unknown schema 'Persn'");
    }
}
