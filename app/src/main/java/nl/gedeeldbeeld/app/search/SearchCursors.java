package nl.gedeeldbeeld.app.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.store.search.SearchBounds;

/**
 * The search API's cursors: opaque to clients and checked when they come back. A cursor is base64url of
 * (version, offset, a digest of the search it belongs to, an HMAC-SHA256 over those), keyed with a secret
 * drawn when the application starts. So a cursor cannot be forged or edited (the old plain
 * {@code "o:<offset>"} let a client ask for offset 2,147,482,637 and exhaust the memory), cannot be replayed
 * against another search text or narrowing, and its offset is checked against {@link SearchBounds#MAX_OFFSET}
 * even so. A restart draws a new secret: an old cursor is then refused with a 400 that says to start the
 * search again, which costs a client one request and keeps no key on disk.
 */
final class SearchCursors {
    private static final byte VERSION = 1;
    private static final int DIGEST_BYTES = 8;
    private static final int MAC_BYTES = 16;
    private static final int LENGTH = 1 + 4 + DIGEST_BYTES + MAC_BYTES;
    /** Longer than any cursor this class hands out; checked before decoding anything. */
    static final int MAX_CURSOR_LENGTH = 64;

    private final SecretKeySpec key;

    SearchCursors() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The cursor of the page that starts at {@code offset} of this search. */
    String encode(int offset, String text, Collection<String> schemata, Collection<String> datasets) {
        ByteBuffer b = ByteBuffer.allocate(LENGTH);
        b.put(VERSION).putInt(offset).put(searchDigest(text, schemata, datasets));
        b.put(mac(Arrays.copyOf(b.array(), b.position())));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    /** The offset a cursor stands for, if this application handed it out for this very search. */
    int decode(String cursor, String text, Collection<String> schemata, Collection<String> datasets) {
        byte[] raw;
        try {
            raw = cursor.length() > MAX_CURSOR_LENGTH ? new byte[0] : Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != LENGTH || raw[0] != VERSION
                || !MessageDigest.isEqual(mac(Arrays.copyOf(raw, LENGTH - MAC_BYTES)), Arrays.copyOfRange(raw, LENGTH - MAC_BYTES, LENGTH))) {
            throw new UserInputException("cursor '" + shorten(cursor) + "' is not one this API handed out (or it was handed "
                    + "out before a restart); start the search again without a cursor");
        }
        ByteBuffer b = ByteBuffer.wrap(raw, 1, LENGTH - 1);
        int offset = b.getInt();
        byte[] digest = new byte[DIGEST_BYTES];
        b.get(digest);
        if (!MessageDigest.isEqual(digest, searchDigest(text, schemata, datasets))) {
            throw new UserInputException("this cursor belongs to another search (q, schema or dataset differ); "
                    + "page with the cursor of the same search");
        }
        SearchBounds.checkPage(offset, 1);
        return offset;
    }

    private static String shorten(String cursor) {
        return cursor.length() <= MAX_CURSOR_LENGTH ? cursor : cursor.substring(0, MAX_CURSOR_LENGTH) + "…";
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(data), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] searchDigest(String text, Collection<String> schemata, Collection<String> datasets) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String canonical = text + "\u0000" + String.join("\u0001", new TreeSet<>(schemata)) + "\u0000"
                    + String.join("\u0001", new TreeSet<>(datasets));
            return Arrays.copyOf(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)), DIGEST_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
