package nl.gedeeldbeeld.app.security;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.app.policy.TraceIds;
import nl.gedeeldbeeld.app.problem.Bounds;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.Purpose;
import nl.gedeeldbeeld.policy.User;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens ({@link ApiTokens}):
 * <ul>
 *   <li>{@code POST /api/v1/tokens} (JSON {@code {"purpose": …}} or the parameter {@code purpose}, both
 *       optional): a token for the signed-in user, signed in by password (HTTP Basic) or by the web session
 *       (with the session's CSRF token); not by another token, so a stolen token cannot renew itself. A purpose
 *       given binds the token to it and must be one the user's roles grant.</li>
 *   <li>{@code DELETE /api/v1/tokens/current}: revokes the token the request carries.</li>
 * </ul>
 * A token replaces the password, not the purpose: every request still declares {@code X-Doel}, under the same
 * rules as with a password. Issuing and revoking are audited (ADMIN, span {@code api-token}), naming the
 * token by its reference, never by its value.
 */
@RestController
class ApiTokenController {
    static final String AUDIT_SPAN = "api-token";
    private final ApiTokens tokens;
    private final PolicyCatalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    ApiTokenController(ApiTokens tokens, PolicyCatalogue catalogue, AuditLog audit, Clock clock,
                       com.fasterxml.jackson.databind.ObjectMapper json) {
        this.json = json;
        this.tokens = tokens;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    record TokenRequest(@Schema(description = "Bind the token to this purpose (optional)", maxLength = 100) String purpose) {
    }

    /** The token, shown once; {@code expiresIn} in seconds. */
    record TokenResponse(String token, String tokenType, Instant expiresAt, long expiresIn, String purpose, String reference) {
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TokenRequest.class)))
    TokenResponse issue(Authentication auth, HttpServletRequest request,
                        @Schema(maxLength = 100) @RequestParam(required = false) String purpose) throws java.io.IOException {
        // One handler for both forms: the purpose as a parameter (a browser form) or in a JSON body (a client).
        if (purpose == null && MediaType.APPLICATION_JSON.isCompatibleWith(contentType(request))) {
            byte[] body = request.getInputStream().readNBytes(1025);
            if (body.length > 1024) {
                throw new UserInputException("a token request body is at most 1024 bytes");
            }
            if (body.length > 0) {
                try {
                    purpose = json.readValue(body, TokenRequest.class).purpose();
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw new UserInputException("a token request body is {\"purpose\": \"PURPOSE\"} or empty");
                }
            }
        }
        if (auth instanceof BearerTokenAuthentication) {
            throw new AccessRefusedException("a token does not issue tokens: sign in with your password (HTTP Basic) "
                    + "or the web session to get a new one");
        }
        User user = catalogue.user(auth.getName())
                .orElseThrow(() -> new AccessRefusedException("user '" + auth.getName() + "' is not in the policy catalogue"));
        Optional<String> bound = Optional.ofNullable(Bounds.atMost("purpose", purpose, 100)).map(String::strip)
                .filter(p -> !p.isEmpty());
        Optional<Purpose> boundPurpose = Optional.empty();
        if (bound.isPresent()) {
            boundPurpose = Optional.of(catalogue.purpose(bound.get()).orElseThrow(() -> new UserInputException(
                    "purpose '" + bound.get() + "' is not a known purpose; user '" + user.id() + "' may declare "
                            + String.join(", ", catalogue.purposesOf(user)))));
            if (!catalogue.purposesOf(user).contains(bound.get())) {
                throw new AccessRefusedException("user '" + user.id() + "' may not declare purpose " + bound.get()
                        + "; their roles grant " + String.join(", ", catalogue.purposesOf(user)));
            }
        }
        ApiTokens.Issued issued = tokens.issue(user.id(), bound);
        ApiTokens.Holder h = issued.holder();
        audit(request, user, boundPurpose, "ISSUE", "api token " + h.reference() + " issued, valid until " + h.expiresAt()
                + bound.map(p -> ", bound to purpose " + p).orElse("") + " (signed in by "
                + (request.getHeader("Authorization") == null ? "web session" : "password") + ")");
        return new TokenResponse(issued.token(), "Bearer", h.expiresAt(), tokens.lifetime().toSeconds(), bound.orElse(null),
                h.reference());
    }

    @DeleteMapping("/api/v1/tokens/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Authentication auth, HttpServletRequest request) {
        if (!(auth instanceof BearerTokenAuthentication bearer)) {
            throw new UserInputException("DELETE /api/v1/tokens/current revokes the bearer token this request carries; "
                    + "it carries none (send Authorization: Bearer TOKEN)");
        }
        ApiTokens.Holder h = tokens.revoke(bearer.getToken().getTokenValue())
                .orElseThrow(() -> new UserInputException("this token is no longer valid"));
        User user = catalogue.user(h.userId()).orElseThrow();
        audit(request, user, h.purpose().flatMap(catalogue::purpose), "REVOKE", "api token " + h.reference() + " revoked");
    }

    private static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? MediaType.ALL : MediaType.parseMediaType(request.getContentType());
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            throw new UserInputException("Content-Type '" + request.getContentType() + "' is not a media type");
        }
    }

    private void audit(HttpServletRequest request, User user, Optional<Purpose> purpose, String decision, String detail) {
        audit.append(new AuditRecord(clock.instant(), TraceIds.of(request), AUDIT_SPAN,
                purpose.map(Purpose::processingActivity).orElse(""), user.id(), user.organisation(),
                purpose.map(Purpose::code).orElse(""), purpose.map(Purpose::legalBasis).orElse(""), AuditAction.ADMIN,
                List.of(), decision, detail));
        audit.flush();
    }
}
