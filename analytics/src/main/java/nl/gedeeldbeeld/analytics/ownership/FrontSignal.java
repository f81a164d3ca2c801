package nl.gedeeldbeeld.analytics.ownership;

import java.util.List;
import java.util.Objects;

/**
 * One front-company signal with its figures: what it is about ({@code subject}: an address id, a company or
 * a person), the companies it concerns, the count that triggered it and a sentence that says why.
 */
public record FrontSignal(Kind kind, String subject, List<String> companies, int count, String explanation) {
    public enum Kind {
        /** Many companies registered at one address (a trust office, a mailbox). */
        CROWDED_ADDRESS,
        /** Founded and dissolved within a short time. */
        SHORT_LIVED,
        /** A person directing many companies (a straw man, "katvanger"). */
        MANY_DIRECTORSHIPS,
        /** A person directing several companies founded within a short span. */
        DIRECTORSHIP_BURST
    }

    public FrontSignal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        companies = List.copyOf(companies);
        Objects.requireNonNull(explanation, "explanation");
    }
}
