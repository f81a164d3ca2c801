package nl.gedeeldbeeld.model.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import nl.gedeeldbeeld.model.provenance.Provenance;

/**
 * The unit of truth: one value of one property of one entity, as one partner stated it, with its
 * provenance. Statements are append-only; seeing the same statement again only moves {@code lastSeen}.
 * The id is FtM's statement id (a hash of dataset, entity, property and value), so a re-import yields the
 * same id and the store can recognise it.
 *
 * <p>A value that its property's format cannot read (a birth date "Unknown", an IBAN that fails its
 * checksum) is kept rather than lost: {@code value} is then the source's text, stripped of surrounding
 * blanks, and {@code notNormalised} is true. Such a statement is shown in profiles with that mark,
 * searched as free text, exported with the mark and matched by resolution as text; nothing that expects
 * the normalised form (date ranges, identifier lookups) may rely on it.
 *
 * @param value         the normalised value that search and matching use, or the source's text when
 *                      {@code notNormalised}
 * @param originalValue the value as the source wrote it (equal to {@code value} when nothing changed)
 * @param notNormalised the value could not be normalised and is kept as the source's text
 */
public record Statement(String id, String entityId, String schema, String property, String value,
                        String originalValue, Provenance provenance, Instant firstSeen, Instant lastSeen,
                        boolean notNormalised) {

    /** The pseudo-property FtM uses to record that an entity exists, with its schema, in a dataset. */
    public static final String ID_PROPERTY = "id";

    /**
     * The longest value (and original value) the store keeps, in characters: the width of its value
     * columns. A longer value is not imported; the importer reports it and quarantines it with its record
     * instead of letting the database refuse the whole batch.
     */
    public static final int MAX_VALUE_LENGTH = 100_000;

    /** A statement whose value was normalised (or needed none): what most statements are. */
    public Statement(String id, String entityId, String schema, String property, String value, String originalValue,
                     Provenance provenance, Instant firstSeen, Instant lastSeen) {
        this(id, entityId, schema, property, value, originalValue, provenance, firstSeen, lastSeen, false);
    }

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(originalValue, "originalValue");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    });

    /**
     * FtM's statement id: the hex SHA-1 of "dataset.entityId.property.value". Computed here rather than by
     * FtM's Java library, which is the test oracle: the library formats each digest byte with
     * String.format (70% of import time in a profile) and encodes with the platform charset, where FtM's
     * Python reference and this method use UTF-8.
     */
    public static String makeId(String dataset, String entityId, String property, String value) {
        MessageDigest digest = SHA1.get();
        digest.reset();
        byte[] dot = {'.'};
        digest.update(dataset.getBytes(StandardCharsets.UTF_8));
        digest.update(dot);
        digest.update(entityId.getBytes(StandardCharsets.UTF_8));
        digest.update(dot);
        digest.update(property.getBytes(StandardCharsets.UTF_8));
        digest.update(dot);
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    public boolean isIdStatement() {
        return ID_PROPERTY.equals(property);
    }
}
