package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.List;

/** Storage of legal holds; the store implements it and its retention purge honours the active ones. */
public interface LegalHolds {

    void place(LegalHold hold);

    /** Lifts an active hold; returns false when there is no active hold with this id. */
    boolean lift(String holdId, String by, Instant at);

    List<LegalHold> activeHolds();

    List<LegalHold> allHolds();
}
