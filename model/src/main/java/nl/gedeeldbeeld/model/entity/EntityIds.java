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

    private static String hmac(String dataset, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(dataset.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
