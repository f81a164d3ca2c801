package nl.gedeeldbeeld.model.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntityIdSchemeTest {
    private final byte[] key = EntityIdScheme.newKey();
    private final EntityIdScheme scheme = EntityIdScheme.withKey(key);

    @Test
    @DisplayName("finding 2: two keys give different ids for the same dataset and source id")
    void finding2TheIdDependsOnTheKeyNotOnlyOnPublicFacts() {
        EntityIdScheme other = EntityIdScheme.withKey(EntityIdScheme.newKey());
        assertThat(scheme.id("fiod", "NL91ABNA0417164300")).isNotEqualTo(other.id("fiod", "NL91ABNA0417164300"));
        assertThat(other.fingerprint()).isNotEqualTo(scheme.fingerprint());
    }

    @Test
    @DisplayName("finding 2: the old keyless formula (HMAC-SHA1 keyed with the dataset name) does not make a valid id")
    void finding2TheOldKeylessFormulaDoesNotGiveTheId() throws Exception {
        String legacy = legacyNamespaced("politie-bvh", "BVH-2021-00017");
        assertThat(scheme.id("politie-bvh", "BVH-2021-00017")).isNotEqualTo(legacy);
        assertThat(EntityIdScheme.looksLikeId(legacy)).isFalse();
        // Nor does the same HMAC keyed with the dataset name under the new construction.
        EntityIdScheme datasetKeyed = EntityIdScheme.withKey(pad("politie-bvh"));
        assertThat(datasetKeyed.id("politie-bvh", "BVH-2021-00017")).isNotEqualTo(scheme.id("politie-bvh", "BVH-2021-00017"));
    }

    @Test
    @DisplayName("finding 1: an id shows nothing of the source id")
    void finding1AnIdCarriesNoSourceKey() {
        String id = scheme.id("politie-bvh", "adr:3054LM:30");
        assertThat(id).doesNotContain("3054").doesNotContain("LM").doesNotContain("adr").doesNotContain(":30");
        assertThat(EntityIdScheme.looksLikeId(id)).isTrue();
        assertThat(id).hasSize(EntityIdScheme.PREFIX.length() + 32);
    }

    @Test
    void theSameKeyGivesTheSameIdEveryTimeSoReimportsAndUrlsAreStable() {
        assertThat(EntityIdScheme.withKey(key).id("fiod", "p1")).isEqualTo(scheme.id("fiod", "p1"));
        assertThat(scheme.id("fiod", "p1")).isNotEqualTo(scheme.id("fiod2", "p1")).isNotEqualTo(scheme.id("fiod", "p2"));
    }

    @Test
    void datasetAndSourceIdCannotBeShiftedIntoEachOther() {
        assertThat(scheme.id("ab", "c")).isNotEqualTo(scheme.id("a", "bc"));
    }

    @Test
    void aShortKeyIsRefusedAndTheKeyNeverShowsInText() {
        assertThatThrownBy(() -> EntityIdScheme.withKey(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThat(scheme.toString()).doesNotContain(HexFormat.of().formatHex(key)).contains(scheme.fingerprint());
    }

    /** A test-only copy of the first id generation: sourceId "." hex(HMAC-SHA1(key = dataset, sourceId)). */
    static String legacyNamespaced(String dataset, String sourceId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(dataset.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return sourceId + "." + HexFormat.of().formatHex(mac.doFinal(sourceId.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] pad(String text) {
        byte[] out = new byte[32];
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(in, 0, out, 0, in.length);
        return out;
    }
}
