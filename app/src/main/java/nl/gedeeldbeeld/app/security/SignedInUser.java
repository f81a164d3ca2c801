package nl.gedeeldbeeld.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.Purpose;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is signed in, for the page header ({@code ${@signedIn.current()}} in layout.html): every page shows
 * the user, their organisation and the purpose they declared, so nobody forgets under which purpose they
 * are looking. A bean rather than a model attribute, so pages need no controller code for it.
 */
@Component("signedIn")
public class SignedInUser {
    private final PolicyCatalogue catalogue;

    SignedInUser(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The signed-in user as the header shows them. */
    public record Viewer(String userId, String name, String organisation, Optional<Purpose> purpose) {
    }

    public Optional<Viewer> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return catalogue.user(auth.getName()).map(user -> new Viewer(user.id(), user.name(),
                catalogue.organisation(user.organisation()).map(o -> o.name()).orElse(user.organisation()),
                currentRequest().flatMap(DeclaredPurpose::fromSession).flatMap(catalogue::purpose)));
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
