package nl.gedeeldbeeld.model.resolution;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One judgement on a pair of records, by a person or by a model, kept forever: a later judgement on the
 * same pair supersedes it without erasing it, so every decision can be traced and reversed.
 *
 * @param left  the smaller record id of the pair
 * @param right the larger record id
 * @param by    a user id, or a model name such as {@code model:fellegi-sunter}
 * @param score the model's match probability when it judged; for people, the score they saw, or NaN
 */
public record Judgement(String left, String right, Verdict verdict, String by, boolean human, Instant at, double score,
                        Optional<String> reason) {
    public Judgement {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        if (left.compareTo(right) >= 0) {
            throw new IllegalArgumentException("a judgement names two different records, smaller id first: " + left + ", " + right);
        }
    }

    /** A judgement with the pair put in order. */
    public static Judgement of(String a, String b, Verdict verdict, String by, boolean human, Instant at, double score,
                               Optional<String> reason) {
        return a.compareTo(b) < 0 ? new Judgement(a, b, verdict, by, human, at, score, reason)
                : new Judgement(b, a, verdict, by, human, at, score, reason);
    }

    public String pairKey() {
        return left + "|" + right;
    }
}
