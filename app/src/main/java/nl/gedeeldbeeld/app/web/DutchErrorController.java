package nl.gedeeldbeeld.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import nl.gedeeldbeeld.app.policy.TraceIds;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container's error path ({@code /error}) answers, in place of Spring Boot's English
 * "Whitelabel Error Page": for the API (paths under {@code /api/}) an {@code application/problem+json} as every
 * other API error, for everything else a Dutch page in the site's layout. Both name the status and, for a server
 * error, the trace id to quote; neither ever shows an exception, message or stack trace (they may hold ids).
 */
@Controller
class DutchErrorController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = statusOf(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, apiDetail(status, request));
            problem.setTitle(title(status));
            problem.setType(URI.create("https://gedeeldbeeld.nl/problems/" + (status == HttpStatus.NOT_FOUND ? "not-found"
                    : status.is5xxServerError() ? "internal-error" : "http-" + status.value())));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error-page", status);
        page.addObject("kop", title(status));
        page.addObject("message", pageMessage(status, request));
        return page;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer i) {
            HttpStatus resolved = HttpStatus.resolve(i);
            if (resolved != null) {
                return resolved;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Pagina niet gevonden";
            case FORBIDDEN -> "Geen toegang";
            case BAD_REQUEST -> "Ongeldige invoer";
            case METHOD_NOT_ALLOWED -> "Niet toegestaan";
            default -> status.is5xxServerError() ? "Er ging iets mis" : "Dat lukte niet";
        };
    }

    private static String pageMessage(HttpStatus status, HttpServletRequest request) {
        return switch (status) {
            case NOT_FOUND -> "Deze pagina bestaat niet. Controleer het adres, of ga naar de startpagina.";
            case FORBIDDEN -> "U mag deze pagina niet openen met uw rol en het doel dat u hebt gekozen.";
            case BAD_REQUEST -> "Het verzoek kon niet worden verwerkt: controleer wat u hebt ingevuld.";
            case METHOD_NOT_ALLOWED -> "Deze handeling kan op deze pagina niet.";
            default -> status.is5xxServerError()
                    ? "Er ging bij ons iets mis. Noem bij de servicedesk het kenmerk " + TraceIds.of(request) + "."
                    : "Het verzoek kon niet worden verwerkt (" + status.value() + ").";
        };
    }

    private static String apiDetail(HttpStatus status, HttpServletRequest request) {
        if (status.is5xxServerError()) {
            return "something went wrong on our side; quote trace id " + TraceIds.of(request) + " to the service desk";
        }
        return status == HttpStatus.NOT_FOUND ? "no such resource in this API; see /api/v1/openapi.json"
                : status.getReasonPhrase();
    }
}
