package nl.gedeeldbeeld.model.entity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Entity ids namespaced per dataset, the way FtM's Namespace signs them: {@code sourceId.hmacSha1(dataset,
 * sourceId)}. Two partners' "P1" never collide, the source id stays readable in front for tracing back to
 * the partner's file, and signing is idempotent (an id already signed for the dataset is kept).
 */
public final class EntityIds {
    private EntityIds() {
    }

    public static String namespaced(String dataset, String sourceId) {
        String plain = sourceId(dataset, sourceId);
        return plain + "." + hmac(dataset, plain);
    }

    /** The id the record had in its source file: the namespaced id without its signature. */
    public static String sourceId(String dataset, String id) {
        int dot = id.lastIndexOf('.');
        if (dot > 0 && id.length() - dot - 1 == 40 && hmac(dataset, id.substring(0, dot)).equals(id.substring(dot + 1))) {
            return id.substring(0, dot);
        }
        return id;
    }

    /** One Mac per thread, re-keyed only when the dataset changes: imports sign millions of ids of one dataset. */
    private static final ThreadLocal<KeyedMac> MACS = ThreadLocal.withInitial(KeyedMac::new);

    private static String hmac(String dataset, String id) {
        return HexFormat.of().formatHex(MACS.get().forKey(dataset).doFinal(id.getBytes(StandardCharsets.UTF_8)));
    }

    private static final class KeyedMac {
        private final Mac mac;
        private String key;

        KeyedMac() {
            try {
                mac = Mac.getInstance("HmacSHA1");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
            }
        }

        Mac forKey(String dataset) {
            if (!dataset.equals(key)) {
                try {
                    mac.init(new SecretKeySpec(dataset.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
                } catch (InvalidKeyException e) {
                    throw new IllegalStateException("any non-empty byte string is an HMAC key", e);
                }
                key = dataset;
            }
            return mac;
        }
    }
}
