package nl.gedeeldbeeld.policy.write;

import java.util.Objects;
import java.util.Set;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;

/**
 * The answer of the {@link WriteDecisionPoint}: allowed, refused, or allowed only once the named owners
 * consent; always with the rule that decided and a reason a person can act on.
 *
 * @param consentFrom the organisations whose consent a PENDING_CONSENT decision waits for; empty otherwise
 */
public record WriteDecision(Outcome outcome, String rule, String reason, Set<String> consentFrom) {
    public enum Outcome { ALLOW, REFUSE, PENDING_CONSENT }

    public WriteDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        consentFrom = Set.copyOf(consentFrom);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }

    public boolean refused() {
        return outcome == Outcome.REFUSE;
    }

    /** This decision, or an {@link AccessRefusedException} naming the rule when it refuses. */
    public WriteDecision orThrow() {
        if (refused()) {
            throw new AccessRefusedException(reason + " (write rule " + rule + ")");
        }
        return this;
    }

    /** What the audit log records: the rule, the outcome and the reason. */
    public String auditDetail() {
        return "WRITE_RULE " + rule + " " + outcome + ": " + reason
                + (consentFrom.isEmpty() ? "" : " [consent of " + consentFrom.stream().sorted().toList() + "]");
    }
}
