package nl.gedeeldbeeld.model.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Our statement id against FtM's Java library, which stays the oracle for the hand-written hot path. */
class StatementIdTest {

    @Test
    void statementIdsEqualThoseOfFtmsLibrary() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            String dataset = "ds" + random.nextInt(50);
            String entity = Long.toHexString(random.nextLong());
            String property = random.nextBoolean() ? "name" : "iban";
            String value = randomAscii(random);
            assertThat(Statement.makeId(dataset, entity, property, value))
                    .isEqualTo(tech.followthemoney.statement.Statement.makeId(dataset, entity, property, value));
        }
    }

    @Test
    void nonAsciiValuesHashAsUtf8LikeFtmsReferenceImplementation() {
        String id = Statement.makeId("politie", "P1", "name", "Çelik Öztürk");
        if (Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
            assertThat(id).isEqualTo(tech.followthemoney.statement.Statement.makeId("politie", "P1", "name", "Çelik Öztürk"));
        }
        // sha1("politie.P1.name.Çelik Öztürk") in UTF-8, as Python's hashlib gives it
        assertThat(id).isEqualTo(sha1Hex("politie.P1.name.Çelik Öztürk"));
    }

    private static String sha1Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String randomAscii(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            sb.append((char) (32 + random.nextInt(95)));
        }
        return sb.toString();
    }
}
