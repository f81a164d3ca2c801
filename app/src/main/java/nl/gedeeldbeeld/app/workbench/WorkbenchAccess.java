package nl.gedeeldbeeld.app.workbench;

import java.util.Arrays;
import java.util.List;
import nl.gedeeldbeeld.app.start.Workspace;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import org.springframework.stereotype.Component;

/**
 * Which work screens a request may open: those the {@link Workspace} offers it, decided by the write rule of the
 * screen's action for the user's roles, unit and declared purpose (judging, exports, protection alerts, holds)
 * and by the purpose for the audit view (VERANTWOORDING). A screen not offered is refused before anything is
 * read, so its 403 page holds no data. The domain still decides every action on a screen (write rules, four
 * eyes, own data only); this keeps people off screens that are not theirs, with the same answer the navigation
 * gives.
 */
@Component
public class WorkbenchAccess {
    private final Workspace workspace;

    WorkbenchAccess(Workspace workspace) {
        this.workspace = workspace;
    }

    public boolean serves(AccessContext ctx, WorkScreen screen) {
        return workspace.offers(ctx, screen.key());
    }

    /** The screens the request may open, in menu order. */
    public List<WorkScreen> screens(AccessContext ctx) {
        List<String> offered = workspace.keys(ctx);
        return Arrays.stream(WorkScreen.values()).filter(s -> offered.contains(s.key())).toList();
    }

    /** Refuses (403) a request the screen does not serve. */
    public void require(AccessContext ctx, WorkScreen screen) {
        if (!serves(ctx, screen)) {
            throw new ScreenRefusedException("work screen " + screen.url() + " does not serve user " + ctx.user().id()
                    + " under purpose " + ctx.purpose().code());
        }
    }

    /** A screen refused as a whole: the page says only that the screen is not for this user and purpose. */
    static final class ScreenRefusedException extends AccessRefusedException {
        ScreenRefusedException(String message) {
            super(message);
        }
    }
}
