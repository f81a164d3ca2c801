package nl.gedeeldbeeld.app.workbench;

import java.util.Arrays;
import java.util.List;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.write.WriteRule;
import org.springframework.stereotype.Component;

/**
 * Which work screens a request may open: the screen's write rule must admit the user's roles and the declared
 * purpose (a rule naming none admits any), casework screens are not for the accountability purpose, the
 * protection screen needs a unit (flags belong to units) and the audit view needs purpose VERANTWOORDING. A
 * screen that does not serve the request is refused before anything is read, so its page holds no data.
 * The domain still decides every action on the screen (write rules, four eyes, own data only); this only
 * keeps people off screens that are not theirs.
 */
@Component
public class WorkbenchAccess {
    private final PolicyCatalogue catalogue;

    WorkbenchAccess(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public boolean serves(AccessContext ctx, WorkScreen screen) {
        String purpose = ctx.purpose().code();
        if (screen == WorkScreen.AUDIT) {
            return WorkScreen.ACCOUNTABILITY.equals(purpose);
        }
        if (screen.casework() && WorkScreen.ACCOUNTABILITY.equals(purpose)) {
            return false;
        }
        if (screen == WorkScreen.BESCHERMING && ctx.user().unit().isEmpty()) {
            return false;
        }
        return screen.action().flatMap(a -> catalogue.writeRules().forAction(a)).map(rule -> admits(rule, ctx))
                .orElse(false);
    }

    /** The screens the request may open, in menu order. */
    public List<WorkScreen> screens(AccessContext ctx) {
        return Arrays.stream(WorkScreen.values()).filter(s -> serves(ctx, s)).toList();
    }

    /** Refuses (403) a request the screen does not serve. */
    public void require(AccessContext ctx, WorkScreen screen) {
        if (!serves(ctx, screen)) {
            throw new ScreenRefusedException("work screen " + screen.url() + " does not serve user " + ctx.user().id()
                    + " under purpose " + ctx.purpose().code());
        }
    }

    private static boolean admits(WriteRule rule, AccessContext ctx) {
        boolean role = rule.roles().isEmpty() || ctx.user().roles().stream().anyMatch(rule.roles()::contains);
        boolean purpose = rule.purposes().isEmpty() || rule.purposes().contains(ctx.purpose().code());
        return role && purpose;
    }

    /** A screen refused as a whole: the page says only that the screen is not for this user and purpose. */
    static final class ScreenRefusedException extends AccessRefusedException {
        ScreenRefusedException(String message) {
            super(message);
        }
    }
}
