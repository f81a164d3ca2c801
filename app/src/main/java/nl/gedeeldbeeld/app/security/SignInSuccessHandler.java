package nl.gedeeldbeeld.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.app.policy.LocalPath;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After signing in (password or OIDC) the user first declares a purpose on {@code /doel}, then goes on
 * to the page they originally asked for. A purpose declared in an earlier sign-in of the same browser is
 * dropped: a purpose is declared by a person for a session, not inherited.
 */
final class SignInSuccessHandler implements AuthenticationSuccessHandler {
    private final RequestCache requestCache = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        DeclaredPurpose.forget(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        Optional<String> back = Optional.ofNullable(requestCache.getRequest(request, response))
                .map(SavedRequest::getRedirectUrl).map(SignInSuccessHandler::pathAndQuery).filter(LocalPath::isSafe);
        requestCache.removeRequest(request, response);
        UriComponentsBuilder target = UriComponentsBuilder.fromPath(request.getContextPath() + DeclaredPurpose.PAGE);
        String url = back.filter(b -> !b.equals("/"))
                .map(b -> target.queryParam("terug", "{back}").encode().buildAndExpand(b).toUriString())
                .orElseGet(() -> target.toUriString());
        response.sendRedirect(url);
    }

    // The saved request is an absolute URL with Spring's "continue" marker; keep our own path and query.
    private static String pathAndQuery(String url) {
        try {
            URI uri = UriComponentsBuilder.fromUriString(url).replaceQueryParam("continue").build().toUri();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
