package nl.gedeeldbeeld.resolve.blind;

import java.util.Objects;

/**
 * What one side learns of a hit: its own record, that the person is known at the other partner, and on
 * what basis. Never the other side's reference or content: to learn more, the partner asks the other
 * through the ordinary, lawful route, quoting the hit id, which the platform can resolve to the pair.
 *
 * @param hitId  the platform's id of the hit, the same in both sides' signals
 * @param ownRef the receiving partner's own reference
 * @param knownAt the other partner
 */
public record HitSignal(String hitId, String ownRef, String knownAt, BlindHit.Basis basis) {
    public HitSignal {
        Objects.requireNonNull(hitId, "hitId");
        Objects.requireNonNull(ownRef, "ownRef");
        Objects.requireNonNull(knownAt, "knownAt");
        Objects.requireNonNull(basis, "basis");
    }
}
