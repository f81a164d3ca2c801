package nl.gedeeldbeeld.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may use the application, and how they prove it. Three filter chains:
 * <ul>
 *   <li>{@code /api/v1/tokens}: issuing and revoking API tokens, by password, token or web session;</li>
 *   <li>{@code /api/**}: stateless HTTP Basic or a bearer API token ({@link ApiTokens}), refusals as
 *       problem+json ({@link ApiProblems}); it creates no session but accepts the web UI's session cookie
 *       (same-origin scripts of the pages), and then asks the CSRF token on writes;</li>
 *   <li>everything else, the web UI: a session after signing in on {@code /inloggen} (password form, or OIDC
 *       when {@code gb.auth.oidc.enabled}), CSRF tokens on every form, sign-out by POST to {@code /uitloggen}.</li>
 * </ul>
 * Password sign-ins of both go through one {@link LoginThrottle}. Every response carries the same
 * security headers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    static final String LOGIN_PAGE = "/inloggen";
    static final String LOGOUT = "/uitloggen";
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** {bcrypt} today; the prefix lets production move to argon2 account by account. */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public PasswordAccounts passwordAccounts(AuthProperties properties, PolicyCatalogue catalogue) {
        if (properties.accountsFile().isPresent()) {
            PasswordAccounts accounts = PasswordAccounts.fromFile(Path.of(properties.accountsFile().get()), catalogue);
            log.info("password accounts: {} from {}", accounts.userIds().size(), properties.accountsFile().get());
            return accounts;
        }
        if (properties.oidc().enabled()) {
            // Never the demo accounts (one published password) beside a real identity provider.
            log.info("password accounts: none (OIDC is on and gb.auth.accounts is not set)");
            return PasswordAccounts.none();
        }
        log.warn("password accounts: the bundled demo accounts, all with the published demo password; "
                + "set gb.auth.accounts or gb.auth.oidc.enabled for anything but a demo");
        return PasswordAccounts.demo(catalogue);
    }

    @Bean
    public LoginThrottle loginThrottle(Clock clock, AuthProperties properties) {
        return new LoginThrottle(clock, properties.throttle().limits());
    }

    @Bean
    public AuthenticationManager authenticationManager(PasswordAccounts accounts, PolicyCatalogue catalogue,
                                                       PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new CatalogueUserDetailsService(accounts, catalogue));
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    public ApiTokens apiTokens(Clock clock, AuthProperties properties) {
        return new ApiTokens(clock, properties.tokens().lifetime(), properties.tokens().perUser());
    }

    @Bean
    ApiTokenIntrospector apiTokenIntrospector(ApiTokens tokens, PolicyCatalogue catalogue) {
        return new ApiTokenIntrospector(tokens, catalogue);
    }

    /**
     * {@code /api/v1/tokens}: issuing and revoking API tokens. Like the rest of the API it takes HTTP Basic and
     * bearer tokens, and it also takes the web session, so a signed-in browser user gets a token without
     * typing the password again; a request on the session's cookie must then carry the session's CSRF token,
     * one with an Authorization header need not (a browser never adds that header by itself).
     */
    @Bean
    @Order(0)
    SecurityFilterChain tokenSecurity(HttpSecurity http, AuthenticationManager authentication,
                                      ApiTokenIntrospector introspector, ObjectMapper json) throws Exception {
        ApiProblems problems = new ApiProblems(json);
        http.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .authenticationManager(authentication)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .oauth2ResourceServer(server -> server.opaqueToken(token -> token.authenticationManager(introspector.authenticationManager()))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                        && request.getHeader(HttpHeaders.AUTHORIZATION) == null));
        return withSecurityHeaders(http).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authentication, ObjectMapper json,
                                    ApiTokenIntrospector introspector) throws Exception {
        ApiProblems problems = new ApiProblems(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.json/**").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(authentication)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                // Authorization: Bearer <API token>: Spring's opaque-token resource server, asking our own token store.
                .oauth2ResourceServer(server -> server.opaqueToken(token -> token.authenticationManager(introspector.authenticationManager()))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // The API never creates a session, but it accepts the web UI's: the pages' scripts (network
                // explorer) call it same-origin with the session cookie and the page's declared purpose in X-Doel.
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                // CSRF rides on credentials a browser adds by itself: the session cookie. A request that carries
                // its credentials explicitly (Authorization header) cannot be forged cross-site and needs no
                // token; a write riding on the session cookie must carry the page's CSRF token.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::writeOnTheSessionCookie));
        return withSecurityHeaders(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationManager authentication, AuthProperties properties,
                                    PolicyCatalogue catalogue, ObjectProvider<ClientRegistrationRepository> registrations)
            throws Exception {
        SignInSuccessHandler signedIn = new SignInSuccessHandler();
        SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?fout");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", LOGIN_PAGE, "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(authentication)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)))
                .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN_PAGE + "?uitgelogd"));
        AuthProperties.Oidc oidc = properties.oidc();
        if (oidc.enabled()) {
            ClientRegistrationRepository repository = registrations.getIfAvailable();
            if (repository == null || repository.findByRegistrationId(oidc.registration()) == null) {
                throw new IllegalStateException("gb.auth.oidc.enabled is true but there is no OIDC client registration '"
                        + oidc.registration() + "': set spring.security.oauth2.client.registration." + oidc.registration()
                        + ".* and its provider (issuer-uri, or authorization-uri, token-uri and jwk-set-uri), "
                        + "or name another registration in gb.auth.oidc.registration");
            }
            CatalogueOidcUserService users = new CatalogueOidcUserService(new OidcUserService(), catalogue, oidc.userClaim());
            http.oauth2Login(login -> login.loginPage(LOGIN_PAGE).clientRegistrationRepository(repository)
                    .userInfoEndpoint(info -> info.oidcUserService(users))
                    .successHandler(signedIn).failureHandler(failed));
        } else {
            http.formLogin(form -> form.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE)
                    .usernameParameter("gebruikersnaam").passwordParameter("wachtwoord")
                    .successHandler(signedIn).failureHandler(failed));
        }
        return withSecurityHeaders(http).build();
    }

    /**
     * An unsafe request to the API that brings no credentials of its own but a session: it rides on the cookie a
     * browser adds by itself, so it must carry the page's CSRF token.
     */
    static boolean writeOnTheSessionCookie(jakarta.servlet.http.HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader("Authorization") == null
                && (request.getRequestedSessionId() != null || request.getSession(false) != null);
    }

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * The headers every response carries. Spring adds X-Content-Type-Options: nosniff, no-store caching of
     * pages, and HSTS on https; X-Frame-Options DENY and frame-ancestors 'none' both stop framing
     * (clickjacking), the first for old browsers.
     */
    private static HttpSecurity withSecurityHeaders(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }
}
