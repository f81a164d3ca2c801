package nl.gedeeldbeeld.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

class CatalogueOidcUserServiceTest {

    private static OidcUser signIn(String claim, String value) {
        OidcIdToken.Builder token = OidcIdToken.withTokenValue("id-token").subject("u-123")
                .issuedAt(Instant.parse("2025-06-02T10:00:00Z")).expiresAt(Instant.parse("2025-06-02T11:00:00Z"));
        if (value != null) {
            token.claim(claim, value);
        }
        OidcIdToken idToken = token.build();
        ClientRegistration registration = ClientRegistration.withRegistrationId("gb").clientId("gedeeldbeeld")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("{baseUrl}/login/oauth2/code/gb")
                .authorizationUri("https://login.example.nl/auth").tokenUri("https://login.example.nl/token")
                .jwkSetUri("https://login.example.nl/certs").scope("openid").build();
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access",
                idToken.getIssuedAt(), idToken.getExpiresAt());
        CatalogueOidcUserService service = new CatalogueOidcUserService(request -> new DefaultOidcUser(Set.of(), request.getIdToken()),
                PolicyCatalogue.demo(), "preferred_username");
        return service.loadUser(new OidcUserRequest(registration, access, idToken));
    }

    @Test
    void theClaimNamesTheCatalogueUserWhoseRolesBecomeAuthorities() {
        OidcUser user = signIn("preferred_username", "riec-adviseur");
        assertThat(user.getName()).isEqualTo("riec-adviseur");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_riec-adviseur");
    }

    @Test
    void someoneTheCatalogueDoesNotKnowIsRefusedWithADutchReason() {
        assertThatThrownBy(() -> signIn("preferred_username", "onbekende"))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo("gb_unknown_user");
                    assertThat(e.getError().getDescription()).isEqualTo(
                            "Gebruiker 'onbekende' is niet bekend in Gedeeld Beeld. Vraag uw beheerder om u toegang te geven.");
                });
    }

    @Test
    void aSignInWithoutTheClaimIsRefused() {
        assertThatThrownBy(() -> signIn("preferred_username", null))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getDescription()).contains("'preferred_username'"));
    }
}
