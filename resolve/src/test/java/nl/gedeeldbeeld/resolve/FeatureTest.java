package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureTest {
    private static PersonRecord person(String given, String surname, String birth, String postcode, String id) {
        return new PersonRecord("x", given, surname, birth, "12", "dorpsstraat", "utrecht", postcode, id);
    }

    @Test
    void aMissingValueIsNeitherAgreementNorDisagreement() {
        assertThat(Feature.GIVEN_NAME.compare(person("", "berg", "", "", ""), person("jan", "berg", "", "", "")))
                .isEqualTo(Feature.MISSING);
    }

    @Test
    void namesAgreeInLevelsAndTussenvoegselsDoNotCount() {
        PersonRecord a = person("jan", "van der Berg", "", "", "");
        assertThat(Feature.SURNAME.compare(a, person("jan", "Berg", "", "", ""))).isEqualTo(3);
        assertThat(Feature.SURNAME.compare(a, person("jan", "Bergh", "", "", ""))).isEqualTo(2);
        assertThat(Feature.SURNAME.compare(a, person("jan", "Jansen", "", "", ""))).isEqualTo(0);
    }

    @Test
    void aBirthDateOffInOnePartOrWithDayAndMonthSwappedIsCloseButNotEqual() {
        PersonRecord a = person("", "", "19800423", "", "");
        assertThat(Feature.BIRTH_DATE.compare(a, person("", "", "1980-04-23", "", ""))).isEqualTo(3);
        assertThat(Feature.BIRTH_DATE.compare(a, person("", "", "19810423", "", ""))).isEqualTo(2);
        assertThat(Feature.BIRTH_DATE.compare(person("", "", "19800405", "", ""), person("", "", "19800504", "", ""))).isEqualTo(2);
        assertThat(Feature.BIRTH_DATE.compare(a, person("", "", "19801130", "", ""))).isEqualTo(1);
        assertThat(Feature.BIRTH_DATE.compare(a, person("", "", "19751130", "", ""))).isEqualTo(0);
    }

    @Test
    void anIdentifierWithOneTypingErrorIsNearlyEqual() {
        PersonRecord a = person("", "", "", "3011ab", "123456782");
        assertThat(Feature.IDENTIFIER.compare(a, person("", "", "", "", "123456782"))).isEqualTo(2);
        assertThat(Feature.IDENTIFIER.compare(a, person("", "", "", "", "123456728"))).isEqualTo(1);
        assertThat(Feature.IDENTIFIER.compare(a, person("", "", "", "", "987654321"))).isEqualTo(0);
        assertThat(Feature.POSTCODE.compare(a, person("", "", "", "3011 AB", ""))).isEqualTo(2);
    }
}
