package nl.gedeeldbeeld.analytics.ownership;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Where the search for the UBO stopped without reaching a person: ownership through a foreign company,
 * a shareholding without a known share, or an owner nobody described.
 *
 * <p>{@code share} is the part of the company held through the link (integrated, like a UBO's share),
 * empty for an unknown share; {@code upTo} is then the most it can be: the part of the company that the
 * owned company carries.
 */
public record UnresolvedLink(String party, PartyKind kind, Reason reason, OptionalDouble share, double upTo,
        List<Chain> chains, String explanation) {
    public enum Reason {
        FOREIGN_COMPANY("ownership through a foreign company — not resolvable further"),
        UNKNOWN_SHARE("shareholding of unknown size — the share cannot be computed"),
        UNKNOWN_PARTY("owner of unknown kind — no entity describes it");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public UnresolvedLink {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(share, "share");
        chains = List.copyOf(chains);
        Objects.requireNonNull(explanation, "explanation");
    }
}
