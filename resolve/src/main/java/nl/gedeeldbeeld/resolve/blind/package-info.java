/**
 * Blind matching (hit/no-hit): partners encode their person records locally with a secret they share
 * and the platform does not hold; the platform compares two partners' encodings without plaintext and
 * tells each side which of its own records are known at the other partner, nothing more.
 *
 * <p>Partner side: {@link nl.gedeeldbeeld.resolve.blind.PlainPersonsFile} reads the partner's records,
 * {@link nl.gedeeldbeeld.resolve.blind.BlindEncoder} turns each into an
 * {@link nl.gedeeldbeeld.resolve.blind.Encoding} (a keyed Bloom filter of name and birth date plus keyed
 * hashes of exact identifiers), {@link nl.gedeeldbeeld.resolve.blind.EncodingFile} writes the file the
 * partner hands over. Platform side: {@link nl.gedeeldbeeld.resolve.blind.EncodingFile} reads two such
 * files, {@link nl.gedeeldbeeld.resolve.blind.BlindMatcher} finds the hits and
 * {@link nl.gedeeldbeeld.resolve.blind.HitSignals} turns them into one signal list per side. Nothing on the
 * platform side takes a {@link nl.gedeeldbeeld.resolve.blind.SharedSecret}.
 */
package nl.gedeeldbeeld.resolve.blind;
