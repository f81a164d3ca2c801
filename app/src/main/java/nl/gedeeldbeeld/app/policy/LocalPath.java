package nl.gedeeldbeeld.app.policy;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Paths to return to after a detour (sign-in, choosing a purpose). Only a path on this site is accepted,
 * so a crafted link cannot use our redirect to send a signed-in user elsewhere (open redirect).
 */
public final class LocalPath {
    private LocalPath() {
    }

    /** The request's own path and query, without the context path. */
    static String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** Whether {@code path} is a path on this site: "/…", not "//host", no scheme, no backslash or control character. */
    public static boolean isSafe(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
