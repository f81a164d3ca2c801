package nl.gedeeldbeeld.app.policy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Sends a web user who has not (or no longer validly) declared a purpose to {@code /doel} before a page
 * that shows entity data, and back to that page afterwards. The API never redirects: a missing
 * {@code X-Doel} is a 400 from {@link RequestAccessContext}.
 */
final class PurposeInterceptor implements HandlerInterceptor {
    private final PolicyCatalogue catalogue;

    PurposeInterceptor(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!(handler instanceof HandlerMethod method) || DeclaredPurpose.isApi(request)
                || !AccessContextArgumentResolver.needsContext(method)) {
            return true;
        }
        Principal principal = request.getUserPrincipal();
        Optional<String> purpose = DeclaredPurpose.fromSession(request);
        boolean granted = principal != null && purpose.isPresent() && catalogue.user(principal.getName())
                .map(user -> catalogue.purposesOf(user).contains(purpose.get())).orElse(false);
        if (granted) {
            return true;
        }
        DeclaredPurpose.forget(request);
        String back = "GET".equals(request.getMethod()) ? LocalPath.of(request) : "";
        response.sendRedirect(request.getContextPath() + PurposePageController.url(back));
        return false;
    }
}
