package nl.gedeeldbeeld.app.workbench;

import jakarta.servlet.http.HttpServletRequest;
import nl.gedeeldbeeld.app.audit.RefusalAudit;
import nl.gedeeldbeeld.app.entity.EntityNotFoundException;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the work screens as Dutch pages rather than the API's problem+json: a screen that is not the
 * user's is a 403 that names no data; a refused action a 403 with the rule's reason (the same text the API
 * gives, audited as every refusal is); a mistake in a form a 400 that says what to fix; a record the user may
 * not see a 404 indistinguishable from one that does not exist.
 */
@ControllerAdvice(basePackageClasses = WorkbenchErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkbenchErrors {
    private final RefusalAudit refusals;

    WorkbenchErrors(RefusalAudit refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(WorkbenchAccess.ScreenRefusedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String screenRefused(AccessRefusedException e, HttpServletRequest request, Model model) {
        refusals.refused(request, e.getMessage());
        model.addAttribute("kop", "Geen toegang");
        model.addAttribute("message", "Dit werkscherm is niet bedoeld voor uw rol of voor het doel dat u hebt gekozen. "
                + "Kies een ander doel of ga naar de werkbank.");
        return "werkbank/fout";
    }

    @ExceptionHandler(AccessRefusedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(AccessRefusedException e, HttpServletRequest request, Model model) {
        refusals.refused(request, e.getMessage());
        model.addAttribute("kop", "Niet toegestaan");
        model.addAttribute("message", "Dit mag u niet doen volgens de regels van het platform.");
        model.addAttribute("reason", e.getMessage());
        return "werkbank/fout";
    }

    @ExceptionHandler(EntityNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(EntityNotFoundException e, Model model) {
        model.addAttribute("kop", "Niet gevonden");
        model.addAttribute("message", "Deze registratie bestaat niet of u mag haar niet zien.");
        return "werkbank/fout";
    }

    @ExceptionHandler({UserInputException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(Exception e, Model model) {
        model.addAttribute("kop", "Ongeldige invoer");
        model.addAttribute("message", "Dat lukte niet: controleer wat u hebt ingevuld.");
        model.addAttribute("reason", e instanceof UserInputException ? e.getMessage() : "een veld ontbreekt of heeft een verkeerde vorm");
        return "werkbank/fout";
    }
}
