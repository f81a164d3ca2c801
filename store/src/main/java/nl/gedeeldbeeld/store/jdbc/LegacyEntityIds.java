package nl.gedeeldbeeld.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The first id generation, kept only to recognise and translate it: {@code sourceId "." hex(HMAC-SHA1(key =
 * dataset name, sourceId))}. It showed the source key in front and could be computed by anyone who knows the
 * (public) dataset name; {@link OpaqueEntityIdsMigration} replaces it. Nothing makes new ids this way.
 */
final class LegacyEntityIds {
    private LegacyEntityIds() {
    }

    /** The source id inside {@code id} when {@code id} is a first-generation id of {@code dataset}. */
    static Optional<String> sourceIdOf(String dataset, String id) {
        int dot = id.lastIndexOf('.');
        if (dot <= 0 || id.length() - dot - 1 != 40 || !isHex(id, dot + 1)) {
            return Optional.empty();
        }
        String source = id.substring(0, dot);
        byte[] expected = HexFormat.of().parseHex(id, dot + 1, id.length());
        return MessageDigest.isEqual(hmac(dataset, source), expected) ? Optional.of(source) : Optional.empty();
    }

    /** Only for making fixtures of stores written before the migration. */
    static String namespaced(String dataset, String sourceId) {
        return sourceId + "." + HexFormat.of().formatHex(hmac(dataset, sourceId));
    }

    private static boolean isHex(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] hmac(String dataset, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(dataset.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
