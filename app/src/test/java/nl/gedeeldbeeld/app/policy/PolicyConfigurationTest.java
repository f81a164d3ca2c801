package nl.gedeeldbeeld.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyConfigurationTest {
    private final PolicyConfiguration configuration = new PolicyConfiguration();

    @TempDir
    Path dir;

    @Test
    void withoutACatalogueFileTheDemoCatalogueIsUsed() {
        assertThat(configuration.policyCatalogue(new PolicyProperties(" ")).user("riec-adviseur")).isPresent();
    }

    @Test
    void gbPolicyCatalogueNamesAnotherFileReadByThePolicyReader() throws IOException {
        Path file = dir.resolve("policy.yml");
        try (InputStream demo = PolicyCatalogue.class.getResourceAsStream("/nl/gedeeldbeeld/policy/demo-policy.yml")) {
            String yaml = new String(demo.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("id: kmar-rechercheur", "id: kmar-recherche");
            Files.writeString(file, yaml);
        }
        PolicyCatalogue catalogue = configuration.policyCatalogue(new PolicyProperties(file.toString()));
        assertThat(catalogue.user("kmar-recherche")).isPresent();
        assertThat(catalogue.user("kmar-rechercheur")).isEmpty();
    }

    @Test
    void aMissingCatalogueFileIsAClearError() {
        Path missing = dir.resolve("nope.yml");
        assertThatThrownBy(() -> configuration.policyCatalogue(new PolicyProperties(missing.toString())))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("cannot read policy file " + missing);
    }
}
