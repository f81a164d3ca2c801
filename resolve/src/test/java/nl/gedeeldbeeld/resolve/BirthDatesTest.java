package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BirthDatesTest {
    @Test
    void aDateTheCalendarLacksIsKeptAsWrittenYearFirst() {
        assertThat(BirthDates.yearFirst("19870231")).isEqualTo("19870231");
        assertThat(BirthDates.yearFirst("31-02-1987")).isEqualTo("19870231");
        assertThat(BirthDates.yearFirst("31021987")).isEqualTo("19870231");
        assertThat(BirthDates.yearFirst("1987-2-31")).isEqualTo("19870231");
    }

    @Test
    void normalisedAndPartialDatesKeepTheirDigits() {
        assertThat(BirthDates.yearFirst("1987-02-13")).isEqualTo("19870213");
        assertThat(BirthDates.yearFirst("1987-02")).isEqualTo("198702");
        assertThat(BirthDates.yearFirst("1987")).isEqualTo("1987");
        assertThat(BirthDates.yearFirst("onbekend")).isEmpty();
        assertThat(BirthDates.isYearFirst("19870231")).isTrue();
        assertThat(BirthDates.isYearFirst("3102")).isFalse();
    }

    @Test
    void aRecordWithAnImpossibleBirthDateStillAgreesOnYearAndMonth() {
        PersonRecord right = new PersonRecord("a", "Piet", "Jansen", "1987-02-13", "12", "Kerkstraat", "Rotterdam", "3011 AB", "");
        PersonRecord slipped = new PersonRecord("b", "Piet", "Jansen", "31-02-1987", "12", "Kerkstraat", "Rotterdam", "3011 AB", "");
        assertThat(slipped.birthDate()).isEqualTo("19870231");
        assertThat(Feature.BIRTH_DATE.compare(right, slipped)).isEqualTo(2);
    }
}
