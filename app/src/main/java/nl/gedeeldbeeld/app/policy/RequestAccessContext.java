package nl.gedeeldbeeld.app.policy;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Opens the {@link AccessContext} of the current request: the signed-in user, their organisation, the one
 * purpose the request declared ({@value DeclaredPurpose#HEADER} on the API, the {@code /doel} choice in the
 * web UI), the trace id and the moment. Opened once per request and then reused, so that every decision of
 * one request is taken at the same moment. Controllers get it by declaring an {@code AccessContext}
 * parameter ({@link AccessContextArgumentResolver}); other request-scoped code calls {@link #open}.
 */
@Component
public class RequestAccessContext {
    private static final String ATTRIBUTE = RequestAccessContext.class.getName();
    /** The token attribute holding the purpose an API token is bound to (set by the security module). */
    public static final String TOKEN_PURPOSE = "gb_purpose";

    private final PolicyDecisionPoint decisionPoint;
    private final Clock clock;

    RequestAccessContext(PolicyDecisionPoint decisionPoint, Clock clock) {
        this.decisionPoint = decisionPoint;
        this.clock = clock;
    }

    /**
     * The request's context.
     *
     * @throws PurposeRequiredException when the request declared no purpose, or an unknown one (400)
     * @throws AccessRefusedException   when the user's roles do not grant the declared purpose (403)
     */
    public AccessContext open(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof AccessContext known) {
            return known;
        }
        PolicyCatalogue catalogue = decisionPoint.catalogue();
        User user = signedInUser(catalogue);
        Set<String> declarable = catalogue.purposesOf(user);
        boolean api = DeclaredPurpose.isApi(request);
        Optional<String> declared = api ? DeclaredPurpose.fromHeader(request) : DeclaredPurpose.fromSession(request);
        String purpose = declared.orElseThrow(() -> new PurposeRequiredException(api
                ? "declare the purpose of this request in the " + DeclaredPurpose.HEADER + " header; user '" + user.id()
                        + "' may declare " + describe(declarable)
                : "choose the purpose you work for on " + DeclaredPurpose.PAGE + " first", declarable));
        if (catalogue.purpose(purpose).isEmpty()) {
            throw new PurposeRequiredException(DeclaredPurpose.HEADER + " '" + purpose + "' is not a known purpose; user '"
                    + user.id() + "' may declare " + describe(declarable), declarable);
        }
        Optional<String> bound = boundPurpose();
        if (bound.isPresent() && !bound.get().equals(purpose)) {
            throw new AccessRefusedException("this API token is bound to purpose " + bound.get() + "; declare that purpose in "
                    + DeclaredPurpose.HEADER + ", or get a token for " + purpose);
        }
        AccessContext ctx = decisionPoint.open(user.id(), user.organisation(), purpose, TraceIds.of(request), clock.instant());
        request.setAttribute(ATTRIBUTE, ctx);
        return ctx;
    }

    private static User signedInUser(PolicyCatalogue catalogue) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            // The security filter chains admit no anonymous request to entity data; this is the backstop.
            throw new AccessRefusedException("sign in first: entity data is only for signed-in users");
        }
        return catalogue.user(auth.getName()).orElseThrow(() ->
                new AccessRefusedException("user '" + auth.getName() + "' is not in the policy catalogue"));
    }

    /** The purpose the request's API token was bound to when issued, if it came with such a token. */
    private static Optional<String> boundPurpose() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof BearerTokenAuthentication bearer
                && bearer.getTokenAttributes().get(TOKEN_PURPOSE) instanceof String purpose) {
            return Optional.of(purpose);
        }
        return Optional.empty();
    }

    private static String describe(Set<String> declarable) {
        return declarable.isEmpty() ? "no purpose at all (their roles grant none)" : String.join(", ", declarable);
    }
}
