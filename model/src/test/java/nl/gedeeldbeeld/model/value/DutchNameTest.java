package nl.gedeeldbeeld.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutchNameTest {

    @Test
    void splitsGivenNamesTussenvoegselAndSurname() {
        assertThat(DutchName.parse("Jan Pieter van der Berg")).isEqualTo(new DutchName("Jan Pieter", "van der", "Berg"));
        assertThat(DutchName.parse("Anna de Vries")).isEqualTo(new DutchName("Anna", "de", "Vries"));
        assertThat(DutchName.parse("Kees in 't Veld")).isEqualTo(new DutchName("Kees", "in 't", "Veld"));
    }

    @Test
    void readsTheRegistryOrderWithTheParticleAfterTheGivenNames() {
        assertThat(DutchName.parse("Berg, Jan van der")).isEqualTo(new DutchName("Jan", "van der", "Berg"));
        assertThat(DutchName.parse("van der Berg, Jan")).isEqualTo(new DutchName("Jan", "van der", "Berg"));
    }

    @Test
    void expandsAbbreviatedParticlesAndReadsInitials() {
        DutchName name = DutchName.parse("J.P. v.d. Berg");
        assertThat(name.tussenvoegsel()).isEqualTo("van der");
        assertThat(name.surname()).isEqualTo("Berg");
        assertThat(name.initials()).isEqualTo("JP");
    }

    @Test
    void aSurnameThatLooksLikeAParticleIsKeptAsSurname() {
        assertThat(DutchName.parse("Johan de")).isEqualTo(new DutchName("Johan", "", "de"));
        assertThat(DutchName.parse("Vries")).isEqualTo(new DutchName("", "", "Vries"));
    }

    @Test
    void theSurnameKeyIgnoresTheParticleCaseAndDiacritics() {
        assertThat(DutchName.parse("Jan van der Bérg").surnameKey()).isEqualTo(DutchName.parse("J. BERG").surnameKey());
        assertThat(DutchName.fold("Çelik-Öztürk")).isEqualTo("celik ozturk");
    }
}
