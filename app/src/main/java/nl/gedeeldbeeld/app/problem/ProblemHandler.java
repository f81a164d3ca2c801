package nl.gedeeldbeeld.app.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import nl.gedeeldbeeld.app.audit.RefusalAudit;
import nl.gedeeldbeeld.app.entity.EntityNotFoundException;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.app.policy.PurposeRequiredException;
import nl.gedeeldbeeld.app.policy.TraceIds;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the API as application/problem+json (RFC 9457), as the NL API Design Rules require. User
 * mistakes get their message; anything else a generic text with the trace id, never a stack trace.
 *
 * <p>A body that is missing, {@code null}, not JSON, of the wrong shape or too large ({@link RequestBodyLimit})
 * is the caller's mistake and so a 400 that says which (finding 15: these were 500s). Refusals (403) are
 * audited ({@link RefusalAudit}, finding 17).
 */
@RestControllerAdvice(basePackages = "nl.gedeeldbeeld.app")
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final int MAX_PARSER_MESSAGE = 200;
    private final RefusalAudit refusals;

    ProblemHandler(RefusalAudit refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(UserInputException.class)
    ProblemDetail userInput(UserInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Ongeldige invoer");
        problem.setType(URI.create("https://gedeeldbeeld.nl/problems/invalid-input"));
        return problem;
    }

    /** No purpose declared (or an unknown one): say which header, and which purposes the user may declare. */
    @ExceptionHandler(PurposeRequiredException.class)
    ProblemDetail purposeRequired(PurposeRequiredException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Doel ontbreekt");
        problem.setType(URI.create("https://gedeeldbeeld.nl/problems/purpose-required"));
        problem.setProperty("header", DeclaredPurpose.HEADER);
        problem.setProperty("purposes", e.declarable());
        return problem;
    }

    /** A declared context the user may not use (a purpose their roles do not grant): forbidden, not a typo. */
    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail accessRefused(AccessRefusedException e, HttpServletRequest request) {
        refusals.refused(request, e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Geen toegang voor dit doel");
        problem.setType(URI.create("https://gedeeldbeeld.nl/problems/purpose-not-granted"));
        return problem;
    }

    @ExceptionHandler(EntityNotFoundException.class)
    ProblemDetail notFound(EntityNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        problem.setType(URI.create("https://gedeeldbeeld.nl/problems/not-found"));
        return problem;
    }

    /** Missing, null, malformed, mistyped or oversized bodies: the caller's to fix, so 400 with what to fix. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(e));
        problem.setTitle("Ongeldige invoer");
        problem.setType(URI.create("https://gedeeldbeeld.nl/problems/invalid-body"));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimit.TooLargeException tooLarge) {
                return tooLarge.getMessage();
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Required request body is missing")) {
            return "this request needs a JSON body; it was empty or null";
        }
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            String original = json.getOriginalMessage() == null ? "" : json.getOriginalMessage();
            if (original.length() > MAX_PARSER_MESSAGE) {
                original = original.substring(0, MAX_PARSER_MESSAGE) + "…";
            }
            return "the request body is not valid JSON of the expected shape: " + original;
        }
        return "the request body could not be read as JSON of the expected shape";
    }

    /**
     * Anything else is ours, not the caller's: a 500 that names the trace id to quote, never the exception.
     * Logged with its stack trace (exceptions carry ids and codes, never values).
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        String traceId = TraceIds.of(request);
        log.error("unexpected error answering {} {} (trace {})", request.getMethod(), request.getRequestURI(), traceId, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "something went wrong on our side; quote trace id " + traceId + " to the service desk");
        problem.setTitle("Interne fout");
        problem.setType(URI.create("https://gedeeldbeeld.nl/problems/internal-error"));
        return problem;
    }
}
