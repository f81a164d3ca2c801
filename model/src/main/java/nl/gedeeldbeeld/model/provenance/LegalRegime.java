package nl.gedeeldbeeld.model.provenance;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A legal regime under which a partner holds information (Wpg art. 8, AWR art. 67, Wwft …): its code, the
 * legal basis, the default retention after collection and the regimes it may be shared onward into.
 * {@code ANY} as holder or onward regime means "anyone".
 */
public record LegalRegime(String code, String name, String legalBasis, String holder, Period retention,
                          List<String> onwardSharing) {
    public LegalRegime {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(retention, "retention");
        onwardSharing = List.copyOf(onwardSharing);
    }

    /** The holder or onward-sharing entry that stands for everyone. */
    public static final String ANYONE = "ANY";

    /**
     * Whether the information is public (open sources, sanctions lists): anyone may hold it and share it onward
     * with anyone. Both must be declared, so a regime is never taken for public by a half-written entry; the
     * policy catalogue lets only such regimes be shared with "all" organisations for "all" purposes.
     */
    public boolean isPublic() {
        return ANYONE.equals(holder) && onwardSharing.contains(ANYONE);
    }
}
