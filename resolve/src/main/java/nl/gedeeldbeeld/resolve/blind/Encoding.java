package nl.gedeeldbeeld.resolve.blind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record as a partner hands it to the platform: its own reference, the filter of name and birth date,
 * and the keyed hashes of its exact identifiers. No plaintext; nothing the platform could reverse without
 * the secret.
 *
 * @param ref             the partner's reference, returned to that partner only, in its hit signals
 * @param identifierHashes base64url HMACs of the identifiers (type included), in no meaningful order
 * @param nearHashes       base64url HMACs, under a key of their own, of each identifier and of each of its
 *                         one-character deletions (version 3): two identifiers one typing error apart (a
 *                         character changed, two neighbours swapped, one left out) share one of them, equal ones
 *                         share all
 * @param present          which fields the record put into its filter (version 4), so that a field one side
 *                         lacks does not count against a pair; {@link Presence#NONE} for an empty filter
 */
public record Encoding(String ref, Clk clk, Presence present, List<String> identifierHashes, List<String> nearHashes) {
    public Encoding {
        Objects.requireNonNull(clk, "clk");
        Objects.requireNonNull(present, "present");
        refProblem(ref).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        identifierHashes = List.copyOf(identifierHashes);
        nearHashes = List.copyOf(nearHashes);
    }

    /**
     * Why a reference cannot be written into an encoding file, if it cannot: the file is comma-separated
     * without quoting, so references are plain tokens.
     */
    public static Optional<String> refProblem(String ref) {
        if (ref == null || ref.isBlank()) {
            return Optional.of("the reference is empty");
        }
        if (!ref.equals(ref.strip()) || ref.startsWith("#") || ref.chars().anyMatch(c -> c == ',' || c == ';' || c == '"' || c < 0x20)) {
            return Optional.of("reference '" + ref + "' has a comma, semicolon, quote, control character,"
                    + " leading '#' or surrounding spaces");
        }
        return Optional.empty();
    }
}
