package nl.gedeeldbeeld.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Spring Security's opaque-token resource server asks this who a bearer token is for: our own
 * {@link ApiTokens}, not a remote introspection endpoint. The principal is named by the catalogue user id,
 * like a password sign-in, so everything after authentication (the declared purpose, the policy, the audit)
 * works the same; a token bound to a purpose carries it as {@value #PURPOSE}. A user no longer in the
 * catalogue is refused like an unknown token.
 */
final class ApiTokenIntrospector implements OpaqueTokenIntrospector {
    /** The attribute naming the purpose a token is bound to. */
    static final String PURPOSE = nl.gedeeldbeeld.app.policy.RequestAccessContext.TOKEN_PURPOSE;
    /** The attribute naming the token's reference (for revoking and the audit). */
    static final String REFERENCE = "gb_token";

    private final ApiTokens tokens;
    private final PolicyCatalogue catalogue;

    ApiTokenIntrospector(ApiTokens tokens, PolicyCatalogue catalogue) {
        this.tokens = tokens;
        this.catalogue = catalogue;
    }

    /**
     * Bearer tokens only, apart from the password sign-ins (and their throttle): a token is 256 random bits,
     * which no one guesses, so it needs no throttle.
     */
    AuthenticationManager authenticationManager() {
        return new ProviderManager(new OpaqueTokenAuthenticationProvider(this));
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        ApiTokens.Holder holder = tokens.holder(token).filter(h -> catalogue.user(h.userId()).isPresent())
                .orElseThrow(() -> new BadOpaqueTokenException("the bearer token is unknown, expired or revoked"));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(OAuth2TokenIntrospectionClaimNames.SUB, holder.userId());
        attributes.put(OAuth2TokenIntrospectionClaimNames.IAT, holder.issuedAt());
        attributes.put(OAuth2TokenIntrospectionClaimNames.EXP, holder.expiresAt());
        attributes.put(REFERENCE, holder.reference());
        holder.purpose().ifPresent(p -> attributes.put(PURPOSE, p));
        return new DefaultOAuth2AuthenticatedPrincipal(holder.userId(), attributes,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }
}
