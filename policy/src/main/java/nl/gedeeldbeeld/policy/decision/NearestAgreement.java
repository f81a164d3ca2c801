package nl.gedeeldbeeld.policy.decision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.SharingAgreement;

/**
 * Explains a default deny: among the agreements that share this provider's regime with the viewer's
 * organisation, the one that comes closest, and the first reason it does not apply (period, purpose,
 * schema, property). A privacy officer reading "denied" should not have to search the catalogue for why.
 */
final class NearestAgreement {
    private final PolicyCatalogue catalogue;

    NearestAgreement(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    String explain(AccessContext ctx, Slice slice, LocalDate today) {
        String viewer = ctx.organisation().code();
        String purpose = ctx.purpose().code();
        String head = "no agreement allows " + slice.partner() + " " + slice.regime() + " " + slice.schema() + ":"
                + slice.property() + " to " + viewer + " for " + purpose;
        List<SharingAgreement> relevant = catalogue.agreements().stream()
                .filter(a -> !a.prohibits() && a.recipients().contains(viewer) && a.coversProvider(slice.partner())
                        && a.regimes().contains(slice.regime()))
                .toList();
        Optional<SharingAgreement> nearest = relevant.stream()
                .max(Comparator.comparingInt((SharingAgreement a) -> score(a, slice, purpose, today))
                        .thenComparing(SharingAgreement::id, Comparator.reverseOrder())
                        .thenComparingInt(SharingAgreement::version));
        return nearest.map(a -> head + "; nearest: " + a.ref() + " " + mismatch(a, slice, purpose, today))
                .orElse(head + "; no agreement shares " + slice.partner() + "'s " + slice.regime()
                        + " statements with " + viewer);
    }

    private static int score(SharingAgreement a, Slice slice, String purpose, LocalDate today) {
        int score = 0;
        score += a.isValidOn(today) ? 8 : 0;
        score += a.purposes().contains(purpose) ? 4 : 0;
        score += a.coveredSchemata().contains(slice.schema()) ? 2 : 0;
        score += covers(a, slice.property()) ? 1 : 0;
        return score;
    }

    private static boolean covers(SharingAgreement a, String property) {
        return Statement.ID_PROPERTY.equals(property) || a.properties().contains(property) || a.redact().contains(property);
    }

    private static String mismatch(SharingAgreement a, Slice slice, String purpose, LocalDate today) {
        if (today.isBefore(a.validFrom())) {
            return "starts on " + a.validFrom();
        }
        if (!a.isValidOn(today)) {
            return "ended on " + a.validTo().orElseThrow();
        }
        if (!a.purposes().contains(purpose)) {
            return "does not cover purpose " + purpose + " (only " + String.join(", ", a.purposes().stream().sorted().toList()) + ")";
        }
        if (!a.coveredSchemata().contains(slice.schema())) {
            return "does not cover schema " + slice.schema();
        }
        return "does not cover property " + slice.schema() + ":" + slice.property();
    }
}
