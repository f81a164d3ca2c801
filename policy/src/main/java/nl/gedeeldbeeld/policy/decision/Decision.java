package nl.gedeeldbeeld.policy.decision;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.policy.AgreementRef;

/**
 * The answer for one statement: {@link Allow} (show it), {@link Redact} (show that the property exists but
 * withhold the value; {@code properties} are all the properties the deciding agreement redacts, so the
 * caller can mark them on the entity) or {@link Deny} (do not show, count or hint at it). Each carries the
 * rule that decided, a reason a privacy officer can read, and the agreement version when one decided.
 */
public sealed interface Decision {

    DecisionRule rule();

    String reason();

    Optional<AgreementRef> agreement();

    /** ALLOW, REDACT or DENY, as the audit log records it. */
    String outcome();

    /** "REDACT politie-riec-casus-gemeente v1: ..." — one line for logs of decisions and for the UI. */
    default String explain() {
        return outcome() + " [" + rule() + agreement().map(a -> ", " + a).orElse("") + "] " + reason();
    }

    record Allow(DecisionRule rule, String reason, Optional<AgreementRef> agreement) implements Decision {
        public Allow {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(agreement, "agreement");
        }

        @Override
        public String outcome() {
            return "ALLOW";
        }
    }

    record Redact(Set<String> properties, DecisionRule rule, String reason, Optional<AgreementRef> agreement)
            implements Decision {
        public Redact {
            properties = Set.copyOf(properties);
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(agreement, "agreement");
            if (properties.isEmpty() || agreement.isEmpty()) {
                throw new IllegalArgumentException("a redaction names its properties and its agreement");
            }
        }

        @Override
        public String outcome() {
            return "REDACT";
        }
    }

    record Deny(DecisionRule rule, String reason, Optional<AgreementRef> agreement) implements Decision {
        public Deny {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(agreement, "agreement");
        }

        @Override
        public String outcome() {
            return "DENY";
        }
    }
}
