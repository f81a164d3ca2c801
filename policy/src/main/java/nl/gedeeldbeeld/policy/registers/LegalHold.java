package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal hold (bewaarplicht wegens lopende procedure, bezwaar of inzageverzoek): while active, retention
 * does not purge the statements it covers, even past their retain-until date. Reading them stays subject
 * to the policy: a hold keeps data, it does not widen who sees it.
 *
 * @param organisation the organisation whose privacy officer placed it, and the only one that may lift it;
 *                     empty for a hold placed by the platform's operator before holds were owned
 */
public record LegalHold(String id, HoldScope scope, String target, String reason, String placedBy,
                        String organisation, Instant placedAt, Optional<String> liftedBy, Optional<Instant> liftedAt) {
    public LegalHold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(liftedBy, "liftedBy");
        Objects.requireNonNull(liftedAt, "liftedAt");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a legal hold states its reason");
        }
    }

    public boolean active() {
        return liftedAt.isEmpty();
    }
}
