package nl.gedeeldbeeld.policy.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.gedeeldbeeld.policy.Condition;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.SharingAgreement;

/**
 * What the catalogue lets flow between organisations, asked about a provider's records as a whole rather
 * than about one request's statements. Two questions need it:
 * <ul>
 *   <li>May the platform compare two partners' records at all (entity resolution)? Only when a hit could
 *       lawfully be learned by one of them: some agreement, for some purpose, lets one partner's records
 *       reach the other, now or after a condition is met, and no prohibition covers that purpose. Records
 *       no one else may ever learn of (informants under Wpg art. 12) are matched within their own partner
 *       only, since a cross-partner match would itself disclose them.</li>
 *   <li>May a viewer be told that a partner knows an entity, without seeing what it knows (hit/no-hit)?
 *       Only when an agreement for the viewer's organisation and purpose would show those records once a
 *       hit is confirmed (its conditions include CONFIRMED_HIT). An agreement conditional on a joint case
 *       is not a hit/no-hit route and tells the viewer nothing.</li>
 * </ul>
 */
public final class SharingRoutes {
    private final PolicyCatalogue catalogue;

    public SharingRoutes(PolicyCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Whether the provider's records (regime, schema) may reach the recipient organisation for some purpose
     * on that day, possibly only under conditions. An organisation always reaches its own records.
     */
    public boolean anyRoute(String provider, String regime, String schema, String recipient, LocalDate on) {
        if (provider.equals(recipient)) {
            return true;
        }
        List<SharingAgreement> inForce = catalogue.agreementsOn(on);
        return inForce.stream().filter(a -> !a.prohibits() && covers(a, provider, regime, schema, recipient))
                .anyMatch(a -> a.purposes().stream().anyMatch(p -> !prohibited(inForce, provider, regime, schema, recipient, p)));
    }

    /**
     * Whether the request may learn that the provider knows an entity of this schema under this regime:
     * an agreement for its organisation and purpose would share those records after a confirmed hit.
     */
    public boolean hitRoute(AccessContext ctx, String provider, String regime, String schema) {
        String viewer = ctx.organisation().code();
        String purpose = ctx.purpose().code();
        LocalDate on = PolicyDecisionPoint.dateOf(ctx.at());
        List<SharingAgreement> inForce = catalogue.agreementsOn(on);
        if (prohibited(inForce, provider, regime, schema, viewer, purpose)) {
            return false;
        }
        return inForce.stream().anyMatch(a -> !a.prohibits() && covers(a, provider, regime, schema, viewer)
                && a.purposes().contains(purpose) && a.conditions().stream().anyMatch(c -> c instanceof Condition.ConfirmedHit));
    }

    private static boolean covers(SharingAgreement a, String provider, String regime, String schema, String recipient) {
        boolean provides = a.prohibits() ? a.providers().contains(provider) : a.coversProvider(provider);
        return provides && a.regimes().contains(regime) && a.recipients().contains(recipient)
                && a.coveredSchemata().contains(schema);
    }

    private static boolean prohibited(List<SharingAgreement> inForce, String provider, String regime, String schema,
                                      String recipient, String purpose) {
        return inForce.stream().anyMatch(a -> a.prohibits() && covers(a, provider, regime, schema, recipient)
                && a.purposes().contains(purpose));
    }
}
