package nl.gedeeldbeeld.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /inloggen}: the sign-in page. With OIDC on it sends the browser straight on to the identity
 * provider, except after a failed sign-in or a sign-out, where it shows what happened and a link to try
 * again (going on at once would loop, or sign the user in again unasked).
 */
@Controller
class LoginPageController {
    private final AuthProperties.Oidc oidc;

    LoginPageController(AuthProperties properties) {
        this.oidc = properties.oidc();
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(@RequestParam(name = "fout", required = false) String failed,
                 @RequestParam(name = "uitgelogd", required = false) String signedOut,
                 Principal principal, HttpServletRequest request, Model model) {
        if (principal != null) {
            return "redirect:/doel";
        }
        String oidcUrl = "/oauth2/authorization/" + oidc.registration();
        if (oidc.enabled() && failed == null && signedOut == null) {
            return "redirect:" + oidcUrl;
        }
        model.addAttribute("error", failed == null ? "" : message(request));
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("passwordForm", !oidc.enabled());
        model.addAttribute("oidcUrl", oidc.enabled() ? oidcUrl : "");
        return "login";
    }

    /** The Dutch reason for the last failed sign-in; taken once, so a reload does not repeat it. */
    private static String message(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        if (failure instanceof LoginThrottledException throttled) {
            long seconds = throttled.retryAfterSeconds();
            if (seconds < 120) {
                return "Te veel mislukte inlogpogingen vanaf dit adres. Probeer het over " + seconds
                        + (seconds == 1 ? " seconde" : " seconden") + " opnieuw.";
            }
            long minutes = LoginThrottledException.minutes(throttled.retryAfter());
            return "Te veel mislukte inlogpogingen vanaf dit adres. Probeer het over " + minutes + " minuten opnieuw.";
        }
        if (failure instanceof OAuth2AuthenticationException oauth) {
            return Optional.ofNullable(oauth.getError().getDescription())
                    .filter(d -> oauth.getError().getErrorCode().startsWith(CatalogueOidcUserService.ERROR_PREFIX))
                    .orElse("Inloggen via uw identiteitsprovider is mislukt. Probeer het opnieuw of neem contact op met uw beheerder.");
        }
        if (failure == null) {
            return "Inloggen is mislukt. Probeer het opnieuw.";
        }
        return "De gebruikersnaam of het wachtwoord is onjuist.";
    }
}
