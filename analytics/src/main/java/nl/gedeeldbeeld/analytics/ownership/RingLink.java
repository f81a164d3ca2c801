package nl.gedeeldbeeld.analytics.ownership;

import java.util.Objects;
import java.util.OptionalDouble;

/** One shareholding inside a ring of companies that own each other; the share is empty when unknown. */
public record RingLink(String owner, String asset, OptionalDouble share) {
    public RingLink {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(share, "share");
    }

    public String describe() {
        return owner + " holds " + (share.isPresent() ? Chain.percent(share.getAsDouble()) : "an unknown share")
                + " of " + asset;
    }
}
