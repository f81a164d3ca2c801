package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void theSurnameProperLosesItsTussenvoegselsHoweverTheyAreWritten() {
        assertThat(NameKeys.surnameProper("van der Berg")).isEqualTo("berg");
        assertThat(NameKeys.surnameProper("Berg, van der")).isEqualTo("berg");
        assertThat(NameKeys.surnameProper("v.d. Berg")).isEqualTo("berg");
        assertThat(NameKeys.surnameProper("in 't Veld")).isEqualTo("veld");
        assertThat(NameKeys.surnameProper("De Vries")).isEqualTo("vries");
        assertThat(NameKeys.surnameProper("Ţîrcă")).isEqualTo("tirca");
    }

    @Test
    void dutchSpellingsThatSoundAlikeShareAPhoneticKey() {
        assertThat(NameKeys.phonetic("Bijl")).isEqualTo(NameKeys.phonetic("Byl"));
        assertThat(NameKeys.phonetic("Smit")).isEqualTo(NameKeys.phonetic("Smidt"));
        assertThat(NameKeys.phonetic("Schouten")).isEqualTo(NameKeys.phonetic("Souten"));
        assertThat(NameKeys.phonetic("Klaassen")).isEqualTo(NameKeys.phonetic("Claassen"));
        assertThat(NameKeys.phonetic("van der Meer")).isEqualTo(NameKeys.phonetic("Meer"));
        assertThat(NameKeys.phonetic("Jansen")).isNotEqualTo(NameKeys.phonetic("Bakker"));
        assertThat(NameKeys.phonetic("van der")).isEmpty();
    }
}
