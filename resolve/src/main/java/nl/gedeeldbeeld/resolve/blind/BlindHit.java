package nl.gedeeldbeeld.resolve.blind;

/**
 * A pair the platform found: which record of each side, how alike their filters are (the Dice coefficient
 * with the fields only one of them has left out, {@link Presence.Correction}), and whether an identifier
 * hash agreed. Stays on the platform; each side only learns of it through its
 * {@link HitSignal}.
 */
public record BlindHit(String leftRef, String rightRef, double dice, boolean identifierAgrees, boolean identifierNear) {

    /** A hit without near-identifier evidence. */
    public BlindHit(String leftRef, String rightRef, double dice, boolean identifierAgrees) {
        this(leftRef, rightRef, dice, identifierAgrees, false);
    }

    /** Whether the pair is a hit at {@code threshold}: an agreeing identifier, the threshold reached, or a near identifier and {@link MatchSettings#nearThreshold(double)} reached. */
    public boolean hitAt(double threshold) {
        return identifierAgrees || dice >= threshold || identifierNear && dice >= MatchSettings.nearThreshold(threshold);
    }

    /** Why it is a hit: an agreeing identifier says more than any similarity, so it is named first. */
    public Basis basis() {
        return identifierAgrees ? Basis.IDENTIFIER : Basis.SIMILARITY;
    }

    /**
     * Why a pair is a hit, as the signal files name it. A similarity hit is named "similarity", not after fields:
     * since version 2 the filter holds the address as well, and since version 4 a pair may hit on name and
     * address with a birth date on one side only, so "name+birth-date" (the name of version 1) told a partner it
     * matched on a date that may not have taken part; naming the fields both records had would tell each partner
     * which fields the other holds.
     */
    public enum Basis {
        IDENTIFIER, SIMILARITY;

        public String code() {
            return this == IDENTIFIER ? "identifier" : "similarity";
        }
    }
}
