package nl.gedeeldbeeld.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordAccountsTest {
    private static final PolicyCatalogue CATALOGUE = PolicyCatalogue.demo();

    private static PasswordAccounts read(String yaml) throws IOException {
        return PasswordAccounts.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "accounts.yml", CATALOGUE);
    }

    @Test
    void everyCatalogueUserHasADemoAccountWithTheDemoPasswordHashedByBcryptAtCost12() {
        PasswordAccounts demo = PasswordAccounts.demo(CATALOGUE);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(demo.userIds()).containsExactlyInAnyOrderElementsOf(CATALOGUE.users().stream().map(User::id).toList());
        for (String id : demo.userIds()) {
            String hash = demo.hashOf(id).orElseThrow();
            assertThat(hash).startsWith("{bcrypt}$2a$12$");
            assertThat(encoder.matches("gedeeld-beeld-demo", hash)).as(id).isTrue();
        }
    }

    @Test
    void anAccountThatIsNotACatalogueUserStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> read("accounts:\n  hacker: \"{bcrypt}$2a$12$abc\"\n"))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("accounts.yml: account 'hacker' is not a user of the policy catalogue; its users are ")
                .hasMessageContaining("analist-politie");
    }

    @Test
    void aPasswordWithoutEncoderPrefixOrInPlainTextIsRefused() {
        assertThatThrownBy(() -> read("accounts:\n  analist-politie: geheim\n"))
                .hasMessageContaining("account 'analist-politie': give a password hash with its encoder prefix");
        assertThatThrownBy(() -> read("accounts:\n  analist-politie: \"{noop}geheim\"\n"))
                .hasMessageContaining("plain-text passwords ({noop}) are not accepted");
    }

    @Test
    void aFileOfAnotherShapeIsRefused() {
        assertThatThrownBy(() -> read("users: []\n"))
                .hasMessage("accounts.yml: expected one mapping 'accounts' of user id to password hash");
    }
}
