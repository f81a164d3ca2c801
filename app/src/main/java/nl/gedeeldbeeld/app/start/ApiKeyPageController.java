package nl.gedeeldbeeld.app.start;

import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api-sleutel}: a signed-in user issues a short-lived API token for scripts and other programs, shown once,
 * and revokes it. The page's script calls the API itself ({@code POST /api/v1/tokens} on the session with its CSRF
 * token, {@code DELETE /api/v1/tokens/current} with the token as bearer), so issuing and revoking are decided and
 * audited exactly as for any client; the server never renders a token into HTML.
 */
@Controller
class ApiKeyPageController {
    @GetMapping("/api-sleutel")
    String page(AccessContext ctx, Model model) {
        model.addAttribute("doel", ctx.purpose().code());
        model.addAttribute("gebruiker", ctx.user().id());
        return "api-sleutel";
    }
}
