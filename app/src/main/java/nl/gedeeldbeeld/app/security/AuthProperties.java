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
 */
@ConfigurationProperties(prefix = "gb.auth")
public record AuthProperties(String accounts, Oidc oidc, Throttle throttle) {
    public AuthProperties {
        accounts = accounts == null ? "" : accounts.trim();
        oidc = oidc == null ? new Oidc(false, null, null) : oidc;
        throttle = throttle == null ? new Throttle(0, null, null, 0) : throttle;
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
     * @param maxFailures failed sign-ins within {@code window} that lock a user name or client address
     * @param window      how far back failures count
     * @param lockout     how long a lock lasts
     * @param maxKeys     how many user names and addresses are remembered at most
     */
    public record Throttle(int maxFailures, Duration window, Duration lockout, int maxKeys) {
        public Throttle {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            window = window == null ? Duration.ofMinutes(15) : window;
            lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
            maxKeys = maxKeys <= 0 ? 100_000 : maxKeys;
        }

        LoginThrottle.Limits limits() {
            return new LoginThrottle.Limits(maxFailures, window, lockout, maxKeys);
        }
    }
}
