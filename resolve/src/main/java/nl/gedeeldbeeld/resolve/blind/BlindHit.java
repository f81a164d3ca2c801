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

    public enum Basis {
        IDENTIFIER, SIMILARITY;

        public String code() {
            return this == IDENTIFIER ? "identifier" : "name+birth-date";
        }
    }
}
