package nl.gedeeldbeeld.policy.export;

import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.User;

/**
 * The four-eyes rule for exports (vier-ogenprincipe): an export holding personal data of another partner
 * leaves the platform only when a second person of the exporting organisation approves it. The approver
 * must be someone else, of the same organisation (who answers for the onward use), and be allowed to act
 * for the export's purpose themselves (who cannot judge the purpose cannot judge the need).
 */
public final class FourEyes {

    private FourEyes() {
    }

    /** Personal data of another partner makes approval necessary; own data, or none of a person, does not. */
    public static boolean needsApproval(Set<String> foreignPartnersWithPersonalData) {
        return !foreignPartnersWithPersonalData.isEmpty();
    }

    /** Why this user may not approve this request, or empty when they may. */
    public static Optional<String> whyNotApprover(ExportRequest request, User approver, PolicyCatalogue catalogue) {
        if (request.status() != ExportStatus.PENDING_APPROVAL) {
            return Optional.of("export " + request.id() + " is not awaiting approval (" + request.status() + ")");
        }
        if (approver.id().equals(request.requestedBy())) {
            return Optional.of("the requester cannot approve their own export: a second person must");
        }
        if (!approver.organisation().equals(request.organisation())) {
            return Optional.of("only a colleague of " + request.organisation() + " can approve this export");
        }
        if (!catalogue.purposesOf(approver).contains(request.purpose())) {
            return Optional.of("approver '" + approver.id() + "' may not act for purpose " + request.purpose());
        }
        return Optional.empty();
    }
}
