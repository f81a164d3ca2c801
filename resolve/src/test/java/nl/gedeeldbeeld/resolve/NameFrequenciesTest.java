package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFrequenciesTest {
    private static PersonRecord person(String id, String given, String surname, String birthDate) {
        return new PersonRecord(id, given, surname, birthDate, "", "", "", "", "");
    }

    @Test
    void aRareFullNameWithOneKnownBirthDateIsOnePerson() {
        NameFrequencies names = new NameFrequencies(List.of(
                person("fiod", "Fatima", "El Amrani", ""),
                person("politie", "Fatima", "el Amrani", "19900715"),
                person("gemeente", "Fatima Zahra", "El Amrani", "19900715")));
        assertThat(names.count(0)).isEqualTo(3);
        assertThat(names.oneKnownPerson(0, 1)).isTrue();
        assertThat(names.oneKnownPerson(0, 2)).as("only the first given name counts").isTrue();
    }

    @Test
    void aCommonNameOrTwoBirthDatesUnderOneNameIsNotOnePerson() {
        NameFrequencies common = new NameFrequencies(List.of(person("1", "Jan", "de Jong", ""), person("2", "Jan", "de Jong", ""),
                person("3", "Jan", "Jong", ""), person("4", "Jan", "van Jong", "")));
        assertThat(common.count(0)).as("tussenvoegsels do not make another name").isEqualTo(4);
        assertThat(common.oneKnownPerson(0, 1)).isFalse();
        NameFrequencies twoPeople = new NameFrequencies(List.of(person("1", "Kees", "Mulder", ""),
                person("2", "Kees", "Mulder", "19600101"), person("3", "Kees", "Mulder", "19710505")));
        assertThat(twoPeople.oneKnownPerson(0, 1)).isFalse();
        assertThat(new NameFrequencies(List.of(person("1", "Kees", "Mulder", ""), person("2", "Piet", "Mulder", "")))
                .oneKnownPerson(0, 1)).as("another name").isFalse();
    }

    @Test
    void aNameOnlyRecordMatchesTheOnlyOtherRecordOfItsRareNameButNotANamesakeAmongMany() {
        List<int[]> truth = new java.util.ArrayList<>();
        List<PersonRecord> records = new java.util.ArrayList<>(ResolutionTestData.world(truth));
        int rare = records.size();
        records.add(new PersonRecord("rare-full", "ezekiel", "zwanenburg", "19610203", "4", "dorpsweg", "ede", "6711aa", "987654321"));
        records.add(new PersonRecord("rare-name-only", "ezekiel", "zwanenburg", "", "", "", "", "", ""));
        CandidatePairs candidates = CandidatePairs.of(records, BlockingKey.persons(), 500);

        Resolution plain = Resolution.run(records, candidates, 0.5, ResolutionProgress.NONE, false);
        Resolution withNames = Resolution.run(records, candidates, 0.5, ResolutionProgress.NONE, true);

        assertThat(plain.matches()).noneMatch(m -> m.left() == rare && m.right() == rare + 1);
        assertThat(withNames.matches()).anyMatch(m -> m.left() == rare && m.right() == rare + 1);
        assertThat(withNames.matches().size() - plain.matches().size()).as("nothing else changes").isEqualTo(1);
    }
}
