package nl.gedeeldbeeld.resolve.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;

class BlindEncoderTest {
    private final BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);
    private final double threshold = MatchSettings.defaultThreshold(EncodingScheme.STANDARD);

    private Encoding encode(String given, String surname, String birthDate, Identifier... ids) {
        return encoder.encode(new PlainPerson("r", given, surname, birthDate, List.of(ids)));
    }

    private double dice(Encoding a, Encoding b) {
        return a.clk().dice(b.clk());
    }

    private Encoding encode(String given, String surname, String birthDate, PlainAddress address) {
        return encoder.encode(new PlainPerson("r", given, surname, birthDate, address, List.of()));
    }

    @Test
    void theAddressCarriesAPairWhoseBirthDateOneSideMistypedIntoADateTheCalendarLacks() {
        PlainAddress home = new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam");
        Encoding right = encode("Piet", "Jansen", "19870213", home);
        Encoding slipped = encode("Piet", "Jansen", "19870231", new PlainAddress("Kerkstraat", "12", "3011AB", "rotterdam"));
        assertThat(dice(right, slipped)).isGreaterThanOrEqualTo(threshold);
        assertThat(dice(right, slipped)).as("the address adds agreement").isGreaterThan(
                dice(encode("Piet", "Jansen", "19870213"), encode("Piet", "Jansen", "19870231")));
    }

    @Test
    void namesakesBornOnOneDayAtDifferentAddressesScoreBelowOnePersonAtOneAddress() {
        Encoding one = encode("Jan", "de Jong", "19700301", new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam"));
        Encoding other = encode("Jan", "de Jong", "19700301", new PlainAddress("Dorpsweg", "3", "9711 CD", "Groningen"));
        assertThat(dice(one, other)).isLessThan(dice(one, encode("Jan", "de Jong", "19700301", new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam"))));
    }

    @Test
    void theWaysDutchRegistriesWriteTussenvoegselsGiveTheSameEncoding() {
        Encoding full = encode("Jan", "van den Berg", "19700301");
        assertThat(encode("Jan", "Berg", "19700301")).isEqualTo(full);
        assertThat(encode("JAN", "Berg, van den", "1970-03-01")).isEqualTo(full);
        assertThat(encode("Jan", "v.d. Berg", "19700301")).isEqualTo(full);
        assertThat(encode("Jan Hendrik", "van den Berg", "19700301")).as("only the first given name is encoded").isEqualTo(full);
    }

    @Test
    void anInitialInsteadOfTheGivenNameStillHitsWhenSurnameAndBirthDateAgree() {
        assertThat(dice(encode("Jan", "van den Berg", "19700301"), encode("J.", "vd Berg", "19700301"))).isGreaterThanOrEqualTo(threshold);
    }

    @Test
    void aTypoInTheSurnameOrTheDayOfBirthStillHits() {
        Encoding jan = encode("Jan", "van den Berg", "19700301");
        assertThat(dice(jan, encode("Jan", "van den Bergh", "19700301"))).isGreaterThanOrEqualTo(threshold);
        // The day typo with the address partners send since version 2: with name and date alone a wrong day
        // leaves about 60 positions set on one side only on each side, an expected Dice of about 0.88, right at the
        // threshold; which side of it a given pair falls depends on the secret's hash positions (version 3's keys
        // put this pair at 0.887, version 4's at 0.878).
        PlainAddress home = new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam");
        assertThat(dice(encode("Jan", "van den Berg", "19700301", home), encode("Jan", "van den Berg", "19700310", home)))
                .isGreaterThanOrEqualTo(threshold);
        assertThat(dice(encode("Gijs", "van Dijk", "19811224"), encode("Gys", "Dyk", "19811224"))).as("ij and y sound alike").isEqualTo(1.0);
    }

    @Test
    void givenNameAndSurnameEnteredTheOtherWayRoundStillHit() {
        assertThat(dice(encode("Bertie", "Clarke", "19230111"), encode("Clarke", "Bertie", "19230111"))).isGreaterThanOrEqualTo(threshold);
        assertThat(dice(encode("Wei", "Zhang", "19880202"), encode("Zhang", "Wei", "19880202"))).isGreaterThanOrEqualTo(threshold);
    }

    @Test
    void differentPeopleDoNotHitNorNamesakesBornOnAnotherDay() {
        Encoding jan = encode("Jan", "van den Berg", "19700301");
        assertThat(dice(jan, encode("Piet", "Jansen", "19850612"))).isLessThan(0.6);
        assertThat(dice(jan, encode("Kees", "van den Berg", "19420817"))).isLessThan(threshold);
        assertThat(dice(jan, encode("Jan", "van den Berg", "19720605"))).as("a namesake born on another day").isLessThan(threshold);
        assertThat(dice(jan, encode("Maria", "Bakker", "19700301"))).as("only the birth date in common").isLessThan(threshold);
    }

    @Test
    void encodingIsDeterministicAcrossEncodersWithTheSameSecret() {
        PlainPerson p = new PlainPerson("r1", "Fatima", "El Amrani", "19900715", List.of(new Identifier("bsn", "123456782")));
        assertThat(new BlindEncoder(Secrets.A, EncodingScheme.STANDARD).encode(p)).isEqualTo(encoder.encode(p));
        assertThat(encoder.encode(p).clk().toBase64()).isEqualTo(encoder.encode(p).clk().toBase64());
    }

    @Test
    void anotherSecretGivesUnrelatedBitsAndHashes() {
        PlainPerson p = new PlainPerson("r1", "Jan", "van den Berg", "19700301", List.of(new Identifier("bsn", "123456782")));
        Encoding a = encoder.encode(p);
        Encoding b = new BlindEncoder(Secrets.B, EncodingScheme.STANDARD).encode(p);
        assertThat(dice(a, b)).isLessThan(0.6);
        assertThat(a.identifierHashes()).doesNotContainAnyElementsOf(b.identifierHashes());
        assertThat(Secrets.A.check()).isNotEqualTo(Secrets.B.check());
    }

    @Test
    void identifiersOneTypingErrorApartShareANearHashAndOthersDoNot() {
        List<String> bsn = near(new Identifier("bsn", "123456782"));
        assertThat(near(new Identifier("bsn", "123456728"))).as("two neighbours swapped").containsAnyElementsOf(bsn);
        assertThat(near(new Identifier("bsn", "123457782"))).as("one digit changed").containsAnyElementsOf(bsn);
        assertThat(near(new Identifier("bsn", "12345782"))).as("one digit left out").containsAnyElementsOf(bsn);
        assertThat(near(new Identifier("bsn", "123457728"))).as("two errors").doesNotContainAnyElementsOf(bsn);
        assertThat(near(new Identifier("passport", "123456782"))).as("another type").doesNotContainAnyElementsOf(bsn);
        assertThat(near(new Identifier("bsn", "12345"))).as("too short to say").isEmpty();
        assertThat(encode("Jan", "Berg", "19700301", new Identifier("bsn", "123456728")).identifierHashes())
                .doesNotContainAnyElementsOf(encode("Jan", "Berg", "19700301", new Identifier("bsn", "123456782")).identifierHashes());
    }

    private List<String> near(Identifier id) {
        return encoder.encode(new PlainPerson("r", "Jan", "Berg", "19700301", List.of(id))).nearHashes();
    }

    @Test
    void streetAndPlaceEnteredTheOtherWayRoundGiveTheSameEncoding() {
        assertThat(encode("Jan", "Berg", "19700301", new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam")))
                .isEqualTo(encode("Jan", "Berg", "19700301", new PlainAddress("Rotterdam", "12", "3011 AB", "Kerkstraat")));
    }

    @Test
    void identifiersHashByTypeAndValueWhateverTheirSpacing() {
        Encoding a = encode("Jan", "Berg", "", new Identifier("iban", "NL91 ABNA 0417 1643 00"));
        Encoding b = encode("Johan", "Bergen", "", new Identifier("IBAN", "nl91abna0417164300"));
        Encoding c = encode("Jan", "Berg", "", new Identifier("passport", "NL91ABNA0417164300"));
        assertThat(a.identifierHashes()).hasSize(1).isEqualTo(b.identifierHashes());
        assertThat(a.identifierHashes()).doesNotContainAnyElementsOf(c.identifierHashes());
        assertThat(a.identifierHashes().get(0)).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void aRecordWithoutBirthDateOrWithoutAnyNameHasAnEmptyFilter() {
        assertThat(encode("Jan", "Jansen", "").clk().cardinality()).as("a name alone is shared by too many").isZero();
        assertThat(encode("", "", "19700301").clk().cardinality()).isZero();
        assertThat(encode("", "Jansen", "19700301").clk().cardinality()).isPositive();
        assertThat(encode("Jan", "Jansen", "").clk().dice(encode("Jan", "Jansen", "").clk())).as("empty filters never hit").isZero();
    }

    @Test
    void aBalancedEncodingHasExactlyHalfItsBitsSetWhateverTheNames() {
        Encoding jan = encode("Jan", "Berg", "19700301");
        Encoding long_ = encode("Maximiliaan", "Vollenhoven-Wittebrood", "19700301");
        assertThat(EncodingScheme.STANDARD.hardening()).isEqualTo(Hardening.BALANCED);
        assertThat(jan.clk().length()).isEqualTo(2048);
        assertThat(jan.clk().cardinality()).isEqualTo(1024).isEqualTo(long_.clk().cardinality());
    }

    @Test
    void thePlainFilterTellsTheSamePeopleApartAtItsOwnThreshold() {
        BlindEncoder plain = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD.withHardening(Hardening.NONE));
        double t = MatchSettings.defaultThreshold(plain.scheme());
        Encoding jan = plain.encode(new PlainPerson("a", "Jan", "van den Berg", "19700301", List.of()));
        assertThat(jan.clk().length()).isEqualTo(1024);
        assertThat(jan.clk().dice(plain.encode(new PlainPerson("b", "J.", "vd Berg", "19700301", List.of())).clk())).isGreaterThanOrEqualTo(t);
        assertThat(jan.clk().dice(plain.encode(new PlainPerson("c", "Maria", "Bakker", "19700301", List.of())).clk())).isLessThan(t);
        assertThat(jan.clk().dice(plain.encode(new PlainPerson("d", "Jan", "van den Berg", "19720605", List.of())).clk())).isLessThan(t);
    }

    @Test
    void aShortSecretIsRefusedAndNoSecretIsEverPrinted() {
        assertThatThrownBy(() -> SharedSecret.of("too short".getBytes())).isInstanceOf(UserInputException.class)
                .hasMessageContaining("at least 32");
        assertThat(Secrets.A.toString()).doesNotContain("test-secret").contains(Secrets.A.check());
    }
}
