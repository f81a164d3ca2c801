package nl.gedeeldbeeld.app.policy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Where a request's declared purpose (doelbinding) comes from: the {@value #HEADER} header on the API, the
 * choice made on {@code /doel} (kept in the session) in the web UI.
 */
public final class DeclaredPurpose {
    /** The API's request header naming the purpose code, e.g. {@code X-Doel: RIEC_CASUS}. */
    public static final String HEADER = "X-Doel";
    /** The session attribute holding the purpose code chosen on {@code /doel}. */
    public static final String SESSION_ATTRIBUTE = "gb.doel";
    /** The page where a signed-in user declares the purpose they work for. */
    public static final String PAGE = "/doel";

    private DeclaredPurpose() {
    }

    /** Whether the request is one of the API's, which declares its purpose per request. */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    public static Optional<String> fromHeader(HttpServletRequest request) {
        return Optional.ofNullable(request.getHeader(HEADER)).map(String::trim).filter(s -> !s.isEmpty());
    }

    public static Optional<String> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session).map(s -> s.getAttribute(SESSION_ATTRIBUTE))
                .filter(String.class::isInstance).map(String.class::cast);
    }

    static void declare(HttpServletRequest request, String purpose) {
        request.getSession().setAttribute(SESSION_ATTRIBUTE, purpose);
    }

    /** Drops the session's purpose, e.g. on a new sign-in: every sign-in declares its purpose anew. */
    public static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
    }
}
