package nl.gedeeldbeeld.app.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How users sign in.
 *
 * @param accounts password accounts file (YAML: catalogue user id → hash with its encoder prefix); blank for
 *                 the bundled demo accounts, which are only used while OIDC is off
 * @param oidc     sign-in through the organisations' identity provider
 * @param throttle the limits on failed password sign-ins
 * @param tokens   the short-lived API tokens ({@link ApiTokens})
 */
@ConfigurationProperties(prefix = "gb.auth")
public record AuthProperties(String accounts, Oidc oidc, Throttle throttle, Tokens tokens) {
    public AuthProperties {
        accounts = accounts == null ? "" : accounts.trim();
        oidc = oidc == null ? new Oidc(false, null, null) : oidc;
        throttle = throttle == null ? new Throttle(null, null, null, null, null, null, null, null) : throttle;
        tokens = tokens == null ? new Tokens(null, null) : tokens;
    }

    /**
     * @param lifetime how long an API token is valid (default one hour, at most a day)
     * @param perUser  live tokens per user; one more revokes the oldest (default 20)
     */
    public record Tokens(Duration lifetime, Integer perUser) {
        public Tokens {
            lifetime = lifetime == null ? Duration.ofHours(1) : lifetime;
            perUser = perUser == null ? 20 : perUser;
        }
    }

    public Optional<String> accountsFile() {
        return Optional.of(accounts).filter(s -> !s.isEmpty());
    }

    /**
     * @param enabled      sign in to the web UI through OIDC instead of the password form
     * @param userClaim    the ID token / user-info claim that holds the catalogue user id
     * @param registration the id of the {@code spring.security.oauth2.client.registration.<id>} to use
     */
    public record Oidc(boolean enabled, String userClaim, String registration) {
        public Oidc {
            userClaim = userClaim == null || userClaim.isBlank() ? "preferred_username" : userClaim.trim();
            registration = registration == null || registration.isBlank() ? "gb" : registration.trim();
        }
    }

    /**
     * The limits of {@link LoginThrottle}; unset fields take {@link LoginThrottle.Limits#defaults()}.
     *
     * @param freeFailures   failures of one (account, address) before it must wait (default 4)
     * @param firstDelay     the first wait, doubled with every further failure
     * @param maxDelay       the longest wait
     * @param window         how far back failures count
     * @param accountCeiling failures of one account (all addresses) within the window before addresses it has
     *                       not signed in from lately must wait
     * @param addressCeiling failures from one address (all names) within the window before names that have not
     *                       signed in from it lately must wait
     * @param trust          how long a successful sign-in keeps its (account, address) trusted
     * @param maxKeys        how many entries each table remembers at most
     */
    public record Throttle(Integer freeFailures, Duration firstDelay, Duration maxDelay, Duration window,
                           Integer accountCeiling, Integer addressCeiling, Duration trust, Integer maxKeys) {
        LoginThrottle.Limits limits() {
            LoginThrottle.Limits d = LoginThrottle.Limits.defaults();
            return new LoginThrottle.Limits(freeFailures == null ? d.freeFailures() : freeFailures,
                    firstDelay == null ? d.firstDelay() : firstDelay, maxDelay == null ? d.maxDelay() : maxDelay,
                    window == null ? d.window() : window, accountCeiling == null ? d.accountCeiling() : accountCeiling,
                    addressCeiling == null ? d.addressCeiling() : addressCeiling, trust == null ? d.trust() : trust,
                    maxKeys == null ? d.maxKeys() : maxKeys);
        }
    }
}
