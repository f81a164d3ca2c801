package nl.gedeeldbeeld.policy.audit;

import java.util.Objects;

/** The outcome of {@link AuditVerifier}: the whole chain holds, or the first position where it breaks. */
public sealed interface Verification {

    boolean ok();

    /** One line for the CLI. */
    String describe();

    /** Every event links to its predecessor and matches its hash (and the anchor, when there is one). */
    record Verified(long count, String lastHash) implements Verification {
        public Verified {
            Objects.requireNonNull(lastHash, "lastHash");
        }

        @Override
        public boolean ok() {
            return true;
        }

        @Override
        public String describe() {
            return "audit chain verified: " + count + " events, last hash " + lastHash;
        }
    }

    /** @param position 1-based line/sequence position of the first event that does not hold */
    record Broken(long position, String reason) implements Verification {
        public Broken {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean ok() {
            return false;
        }

        @Override
        public String describe() {
            return "audit chain broken at position " + position + ": " + reason;
        }
    }
}
