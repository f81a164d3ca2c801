package nl.gedeeldbeeld.app.security;

import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps a user signed in at the identity provider to a user of the policy catalogue through one claim
 * ({@code gb.auth.oidc.user-claim}, default {@code preferred_username}). The catalogue decides the
 * organisation and roles, not the identity provider; someone the catalogue does not know is refused at
 * sign-in with a message that says so, rather than let in to find every page empty. The resulting
 * principal's name is the catalogue user id, as with a password sign-in.
 */
final class CatalogueOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {
    /** Error codes our own refusals carry, so the login page may show their description as is. */
    static final String ERROR_PREFIX = "gb_";

    private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;
    private final PolicyCatalogue catalogue;
    private final String userClaim;

    CatalogueOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> delegate, PolicyCatalogue catalogue, String userClaim) {
        this.delegate = delegate;
        this.catalogue = catalogue;
        this.userClaim = userClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = delegate.loadUser(request);
        Object claim = signedIn.getAttributes().get(userClaim);
        String id = claim instanceof String s ? s.trim() : "";
        if (id.isEmpty()) {
            throw refused("gb_user_claim_missing", "Uw identiteitsprovider gaf geen '" + userClaim
                    + "' mee, dus Gedeeld Beeld weet niet wie u bent. Vraag uw beheerder om deze claim mee te geven.");
        }
        User user = catalogue.user(id).orElseThrow(() -> refused("gb_unknown_user", "Gebruiker '" + id
                + "' is niet bekend in Gedeeld Beeld. Vraag uw beheerder om u toegang te geven."));
        var authorities = CatalogueUserDetailsService.authorities(user);
        return signedIn.getUserInfo() == null
                ? new DefaultOidcUser(authorities, signedIn.getIdToken(), userClaim)
                : new DefaultOidcUser(authorities, signedIn.getIdToken(), signedIn.getUserInfo(), userClaim);
    }

    private static OAuth2AuthenticationException refused(String code, String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
    }
}
