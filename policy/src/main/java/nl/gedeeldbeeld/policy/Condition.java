package nl.gedeeldbeeld.policy;

import java.util.Objects;
import java.util.Set;

/**
 * A condition a sharing agreement attaches to its grant. Conditions that depend on the entity (joint case,
 * confirmed hit) are answered by registers the caller supplies, so the decision stays deterministic for a
 * given state of those registers and can say which condition failed.
 *
 * <ul>
 *   <li>{@code JOINT_CASE}: the entity is part of a joint case (gezamenlijke casus, e.g. a RIEC-casus) in
 *       which the viewer's organisation takes part.</li>
 *   <li>{@code CONFIRMED_HIT}: a hit/no-hit check by the viewer's organisation on this entity has been
 *       confirmed (the provider learnt of the hit and agreed to share), as in blind matching schemes.</li>
 *   <li>{@code UNITS}: only users of the listed units of the recipient organisation.</li>
 *   <li>{@code NEVER}: the agreement records that this sharing is not allowed at all, with the reason; it
 *       outranks every grant, so a prohibition written down once cannot be undone by a broader grant.</li>
 * </ul>
 */
public sealed interface Condition {

    /** The code used in the YAML catalogue. */
    String code();

    /** One line a person can read in a decision's reason. */
    String describe();

    record JointCase() implements Condition {
        @Override
        public String code() {
            return "JOINT_CASE";
        }

        @Override
        public String describe() {
            return "entity in a joint case of the viewer's organisation";
        }
    }

    record ConfirmedHit() implements Condition {
        @Override
        public String code() {
            return "CONFIRMED_HIT";
        }

        @Override
        public String describe() {
            return "a confirmed hit on the entity for the viewer's organisation";
        }
    }

    record Units(Set<String> units) implements Condition {
        public Units {
            units = Set.copyOf(units);
            if (units.isEmpty()) {
                throw new IllegalArgumentException("a UNITS condition names at least one unit");
            }
        }

        @Override
        public String code() {
            return "UNITS";
        }

        @Override
        public String describe() {
            return "viewer in unit " + String.join(" or ", units.stream().sorted().toList());
        }
    }

    record Never(String reason) implements Condition {
        public Never {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String code() {
            return "NEVER";
        }

        @Override
        public String describe() {
            return "never: " + reason;
        }
    }
}
