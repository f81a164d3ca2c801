package nl.gedeeldbeeld.app.problem;

import java.net.URI;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.app.policy.PurposeRequiredException;
import nl.gedeeldbeeld.app.entity.EntityNotFoundException;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the API as application/problem+json (RFC 9457), as the NL API Design Rules require. User
 * mistakes get their message; anything else a generic text, never a stack trace.
 */
@RestControllerAdvice(basePackages = "nl.gedeeldbeeld.app")
class ProblemHandler extends ResponseEntityExceptionHandler {

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
    ProblemDetail accessRefused(AccessRefusedException e) {
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
}
