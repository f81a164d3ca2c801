package nl.gedeeldbeeld.resolve.blind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * The secret the partners agree on among themselves and never give to the platform. Every key the encoder
 * uses is derived from it by HMAC-SHA256 with a purpose label, so one field's key says nothing about
 * another's and a change of scheme version gives unrelated keys.
 *
 * <p>At least 32 bytes are required: the identifier hashes are HMACs of values from small spaces (a BSN
 * has about 10^8 valid values), so the secret, not the value, must carry the entropy that stops a
 * dictionary attack. {@link #toString()} never shows it.
 */
public final class SharedSecret {
    static final int MIN_BYTES = 32;
    private final byte[] key;

    private SharedSecret(byte[] key) {
        this.key = key.clone();
    }

    public static SharedSecret of(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new UserInputException("the shared secret has " + key.length + " bytes; use at least " + MIN_BYTES
                    + " random bytes, e.g. 'head -c 48 /dev/urandom | base64 > secret'");
        }
        return new SharedSecret(key);
    }

    /** The file's bytes without the trailing line break an editor or {@code echo} adds. */
    public static SharedSecret read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserInputException("cannot read the secret file " + file + ": " + e.getMessage(), e);
        }
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        try {
            return of(Arrays.copyOf(bytes, end));
        } catch (UserInputException e) {
            throw new UserInputException(file + ": " + e.getMessage());
        }
    }

    /** A fresh HMAC-SHA256 keyed with the key derived for {@code purpose}; a Mac is not thread-safe, so each user gets its own. */
    Mac mac(String purpose) {
        return Hmac.keyed(Hmac.keyed(key).doFinal(("gb-blind/" + purpose).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A short public fingerprint of the secret, written into every encoding file so the platform can tell
     * that two files were encoded with different secrets (which would silently give no hits) without
     * learning the secret. It adds no attack: anyone who can test a guessed secret against it could test
     * it against a known identifier's hash as well.
     */
    public String check() {
        return HexFormat.of().formatHex(Arrays.copyOf(mac("key-check").doFinal(), 8));
    }

    @Override
    public String toString() {
        return "SharedSecret[check=" + check() + "]";
    }

    /** HMAC-SHA256, which every JDK provides. */
    static final class Hmac {
        private Hmac() {
        }

        static Mac keyed(byte[] key) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
            }
        }
    }
}
