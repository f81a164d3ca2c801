package nl.gedeeldbeeld.resolve.blind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceTest {
    private final BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);

    @Test
    void theEncoderRecordsWhichFieldsWentIntoTheFilter() {
        assertThat(encoder.encode(new PlainPerson("a", "Jan", "de Vries", "19700301",
                new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam"), List.of())).present().code()).isEqualTo("gisymdthpl");
        assertThat(encoder.encode(new PlainPerson("b", "J.", "de Vries", "197003",
                new PlainAddress("", "12", "3011 AB", ""), List.of())).present().code()).isEqualTo("isymhp");
        assertThat(encoder.encode(new PlainPerson("c", "Jan", "", "", new PlainAddress("", "", "", "Rotterdam"), List.of()))
                .present().code()).isEqualTo("gil");
    }

    @Test
    void aRecordWithTooLittleForAFilterHasNoFieldsPresent() {
        Encoding nameOnly = encoder.encode(new PlainPerson("a", "Jan", "de Vries", "", List.of(new Identifier("bsn", "123456782"))));
        assertThat(nameOnly.clk().cardinality()).isZero();
        assertThat(nameOnly.present()).isEqualTo(Presence.NONE);
    }

    @Test
    void theLettersReadBackAndUnknownOrRepeatedLettersAreRefused() {
        for (String code : List.of("", "gisymdthpl", "y", "isyp")) {
            assertThat(Presence.parse(code)).map(Presence::code).contains(code);
        }
        assertThat(Presence.parse("ldg")).map(Presence::code).contains("gdl");
        assertThat(Presence.parse("gg")).isEmpty();
        assertThat(Presence.parse("gx")).isEmpty();
        assertThat(Presence.parse("G")).isEmpty();
    }

    @Test
    void aMissingBirthDateIsCorrectedByAboutTheBitsItsThreePartsSetAndAVariableFieldByItsLeastTokens() {
        Presence.Correction correction = new Presence.Correction(EncodingScheme.STANDARD);
        double date = correction.expectedBits(Presence.of(EnumSet.of(Presence.Field.BIRTH_YEAR, Presence.Field.BIRTH_MONTH,
                Presence.Field.BIRTH_DAY)));
        // 300 hashes into 1,024 positions set about 260 of them, of which the rest of the record had set 40 %.
        assertThat(date).isBetween(150.0, 160.0);
        assertThat(correction.expectedBits(Presence.of(EnumSet.of(Presence.Field.BIRTH_DAY)))).isBetween(55.0, 60.0);
        // A given name is at least two bigrams of 20 positions: far less than a typical name's 7 or 8.
        assertThat(correction.expectedBits(Presence.of(EnumSet.of(Presence.Field.GIVEN_NAME)))).isBetween(20.0, 25.0);
        assertThat(correction.expectedBits(Presence.NONE)).isZero();
        assertThat(Presence.Field.BIRTH_DAY.fixedTokens()).isTrue();
        assertThat(Presence.Field.SURNAME.fixedTokens()).isFalse();
    }
}
