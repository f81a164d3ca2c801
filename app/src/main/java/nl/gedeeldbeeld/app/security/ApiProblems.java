package nl.gedeeldbeeld.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's security refusals as application/problem+json, like its other errors: 401 without
 * credentials or with wrong ones, 429 with Retry-After while the sign-in is throttled, 403 when signed in
 * but not allowed.
 *
 * <p>The 401 deliberately carries no {@code WWW-Authenticate: Basic} challenge (RFC 9110 asks for one):
 * that challenge makes browsers show their own password prompt and then send the credentials along with
 * every later request to this site, ambient authority a cross-site page could ride on. Without it, only
 * clients that add the Authorization header themselves get in.
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final ObjectMapper json;

    ApiProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            ProblemDetail problem = problem(request, HttpStatus.TOO_MANY_REQUESTS, "Te veel mislukte inlogpogingen",
                    "too-many-sign-in-failures", "too many failed sign-ins for this account from this address; try again in "
                            + throttled.retryAfterSeconds() + " seconds");
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(response, problem);
            return;
        }
        if (e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException) {
            write(response, problem(request, HttpStatus.UNAUTHORIZED, "Token ongeldig", "invalid-token",
                    "the bearer token is unknown, expired or revoked; get a new one with POST /api/v1/tokens"));
            return;
        }
        write(response, problem(request, HttpStatus.UNAUTHORIZED, "Niet ingelogd", "unauthenticated",
                "sign in: send an Authorization header with HTTP Basic credentials of a Gedeeld Beeld account, "
                        + "or Bearer with an API token from POST /api/v1/tokens"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(response, problem(request, HttpStatus.FORBIDDEN, "Geen toegang", "forbidden",
                "your account may not use this resource"));
    }

    private static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String title, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://gedeeldbeeld.nl/problems/" + type));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
