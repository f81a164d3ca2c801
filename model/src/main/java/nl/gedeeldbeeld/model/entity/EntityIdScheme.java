package nl.gedeeldbeeld.model.entity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque entity ids under a platform secret: {@code gb-} followed by 32 base32 characters of
 * HMAC-SHA256(key, dataset NUL sourceId), truncated to 160 bits.
 *
 * <p>Why this shape: our data is withheld data, so an id must neither show the partner's source key (a BVH
 * number, plate, IBAN, postcode with house number) nor be computable by someone who knows or guesses one
 * — a keyless signature (FtM's, keyed with the public dataset name) lets anyone make the id of any IBAN and
 * probe the API with it. A keyed hash keeps what FtM's ids give: the same (dataset, source id) always yields
 * the same id, so a re-import inserts nothing new and URLs stay stable, and two partners' "P1" never
 * collide. Random ids with a source-key index would do as well but need a lookup on every import row; a
 * keyed hash needs none. The key is the store's ({@code entity_id_key}, made once on first open), or given
 * by configuration in production; it never leaves the platform.
 */
public final class EntityIdScheme {
    /** Ids are recognisable as ours (and as the second id generation) by this prefix. */
    public static final String PREFIX = "gb-";
    /** Bytes of the HMAC kept: 160 bits, well above the 128 an unguessable id needs. */
    private static final int ID_BYTES = 20;
    /** Smallest key accepted: 256 bits. */
    public static final int MIN_KEY_BYTES = 32;
    private static final char[] BASE32 = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("gb-[0-9a-hjkmnp-tv-z]{32}");

    private final byte[] key;
    private final String fingerprint;
    private final ThreadLocal<Mac> macs;

    private EntityIdScheme(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("an entity id key needs at least " + MIN_KEY_BYTES + " bytes, got " + key.length);
        }
        this.key = key.clone();
        this.fingerprint = fingerprintOf(this.key);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The scheme under this key (at least 256 bits). */
    public static EntityIdScheme withKey(byte[] key) {
        return new EntityIdScheme(Objects.requireNonNull(key, "key"));
    }

    /** A fresh random key of 256 bits, for a new store (which keeps it) or a test. */
    public static byte[] newKey() {
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** The id of the record {@code sourceId} of {@code dataset}. */
    public String id(String dataset, String sourceId) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(sourceId, "sourceId");
        Mac mac = macs.get();
        mac.update(dataset.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        byte[] digest = mac.doFinal(sourceId.getBytes(StandardCharsets.UTF_8));
        return PREFIX + base32(digest, ID_BYTES);
    }

    /** True when the text has the shape of an id of this generation (whatever key made it). */
    public static boolean looksLikeId(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /**
     * A short public name of the key: the first 16 hex characters of SHA-256("gb-entity-id-key" ‖ key). It
     * tells whether two stores, or a store and its search index, were made under the same key, and reveals
     * nothing of the key.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** Whether this key is {@code other}'s; compares in constant time. */
    public boolean sameKeyAs(byte[] other) {
        return MessageDigest.isEqual(key, other);
    }

    public static String fingerprintOf(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("gb-entity-id-key".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(key), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 with a 256-bit key is part of every JDK", e);
        }
    }

    /** Base32 (lower case, no i, l, o, u) of the first {@code bytes} bytes, 5 bits a character. */
    private static String base32(byte[] digest, int bytes) {
        StringBuilder out = new StringBuilder(bytes * 8 / 5);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < bytes; i++) {
            buffer = (buffer << 8) | (digest[i] & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "EntityIdScheme[key " + fingerprint + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntityIdScheme other && MessageDigest.isEqual(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fingerprint.getBytes(StandardCharsets.UTF_8));
    }
}
