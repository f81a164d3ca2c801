package nl.gedeeldbeeld.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.app.policy.TraceIds;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.Purpose;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the audit event of a refused request (403): a user who declared a purpose their roles do not grant,
 * asked an audit question under the wrong purpose, tried to confirm a hit on data they do not hold … Before
 * finding 17 a refusal left no trace, yet an attempt is exactly what a privacy officer must be able to see.
 * The event is a DECIDE with decision DENY and span {@code request-refused}: who (the signed-in user), their
 * organisation, the purpose they declared (even one refused), the method and path, and the reason. No request
 * body or query string is recorded: those may hold names.
 */
@Component
public class RefusalAudit {
    private static final int MAX_PATH = 300;
    private final AuditLog log;
    private final PolicyCatalogue catalogue;
    private final Clock clock;

    RefusalAudit(AuditLog log, PolicyCatalogue catalogue, Clock clock) {
        this.log = log;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public void refused(HttpServletRequest request, String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        String actor = signedIn ? auth.getName() : "anonymous";
        String organisation = signedIn ? catalogue.user(actor).map(User::organisation).orElse("") : "";
        String declared = (DeclaredPurpose.isApi(request) ? DeclaredPurpose.fromHeader(request)
                : DeclaredPurpose.fromSession(request)).orElse("");
        Optional<Purpose> purpose = declared.isEmpty() ? Optional.empty() : catalogue.purpose(declared);
        String path = request.getRequestURI();
        if (path.length() > MAX_PATH) {
            path = path.substring(0, MAX_PATH) + "…";
        }
        String purposeCode = declared.length() > 100 ? declared.substring(0, 100) : declared;
        log.append(AccessAudit.refused(TraceIds.of(request), actor.isBlank() ? "anonymous" : actor, organisation,
                purposeCode, purpose, request.getMethod() + " " + path + ": " + reason, clock.instant()));
        log.flush();
    }
}
