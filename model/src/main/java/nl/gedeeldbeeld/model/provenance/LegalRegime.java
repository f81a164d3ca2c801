package nl.gedeeldbeeld.model.provenance;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A legal regime under which a partner holds information (Wpg art. 8, AWR art. 67, Wwft …): its code, the
 * legal basis, the default retention after collection and the regimes it may be shared onward into.
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
}
