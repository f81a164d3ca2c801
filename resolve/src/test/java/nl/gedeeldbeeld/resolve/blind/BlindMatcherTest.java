package nl.gedeeldbeeld.resolve.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindMatcherTest {
    @TempDir
    Path dir;

    private final MatchSettings settings = MatchSettings.defaults(EncodingScheme.STANDARD);

    private static PlainPerson person(String ref, String given, String surname, String birthDate, Identifier... ids) {
        return new PlainPerson(ref, given, surname, birthDate, List.of(ids));
    }

    private Path encodedFile(String name, String partner, SharedSecret secret, EncodingScheme scheme, PlainPerson... people) {
        BlindEncoder encoder = new BlindEncoder(secret, scheme);
        Path file = dir.resolve(name);
        try (EncodingFile.Writer w = EncodingFile.write(file, encoder.header(partner))) {
            for (PlainPerson p : people) {
                w.add(encoder.encode(p));
            }
        }
        return file;
    }

    private Path politie(SharedSecret secret) {
        return encodedFile("politie.csv", "POLITIE", secret, EncodingScheme.STANDARD,
                person("BVH-1", "Jan", "van den Berg", "19700301"),
                person("BVH-2", "Fatima", "El Amrani", "19900715"),
                person("BVH-3", "Piet", "Jansen", "19850612", new Identifier("bsn", "111222333")));
    }

    private Path gemeente(SharedSecret secret) {
        return encodedFile("gemeente.csv", "GEMEENTE_ROTTERDAM", secret, EncodingScheme.STANDARD,
                person("BTR-9", "J.", "Berg, van den", "19700301"),
                person("BTR-8", "Kees", "de Vries", "19600101"),
                person("BTR-7", "Pieter", "Janssen-Smit", "", new Identifier("bsn", "111 222 333")));
    }

    @Test
    void thePlatformMatchesFromTheFilesAloneAndEachSideLearnsOnlyItsOwnReferenceAndThePartner() {
        EncodingFile left = EncodingFile.read(politie(Secrets.A));
        EncodingFile right = EncodingFile.read(gemeente(Secrets.A));
        BlindMatch match = new BlindMatcher(settings, EncodingScheme.STANDARD).between(left, right);

        assertThat(match.hits()).extracting(BlindHit::leftRef, BlindHit::rightRef, BlindHit::basis).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BVH-1", "BTR-9", BlindHit.Basis.SIMILARITY),
                org.assertj.core.groups.Tuple.tuple("BVH-3", "BTR-7", BlindHit.Basis.IDENTIFIER));
        HitSignals signals = HitSignals.of(match, left.header().partner(), right.header().partner());
        assertThat(signals.forLeft()).containsExactly(
                new HitSignal("hit-000001", "BVH-1", "GEMEENTE_ROTTERDAM", BlindHit.Basis.SIMILARITY),
                new HitSignal("hit-000002", "BVH-3", "GEMEENTE_ROTTERDAM", BlindHit.Basis.IDENTIFIER));
        assertThat(signals.forRight()).containsExactly(
                new HitSignal("hit-000001", "BTR-9", "POLITIE", BlindHit.Basis.SIMILARITY),
                new HitSignal("hit-000002", "BTR-7", "POLITIE", BlindHit.Basis.IDENTIFIER));
    }

    @Test
    void nothingThePlatformCallsTakesTheSecret() {
        for (Class<?> platform : List.of(BlindMatcher.class, EncodingFile.class, HitSignals.class, BlindMatch.class)) {
            Stream.concat(Arrays.stream(platform.getDeclaredConstructors()), Arrays.stream(platform.getDeclaredMethods()))
                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                    .map(Executable::getParameterTypes)
                    .forEach(types -> assertThat(types).as(platform.getSimpleName()).doesNotContain(SharedSecret.class, BlindEncoder.class));
        }
    }

    @Test
    void encodingsUnderAnotherSecretNeverHit() {
        BlindEncoder a = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);
        BlindEncoder b = new BlindEncoder(Secrets.B, EncodingScheme.STANDARD);
        PlainPerson p = person("x", "Jan", "van den Berg", "19700301", new Identifier("bsn", "111222333"));
        BlindMatch match = new BlindMatcher(settings.exhaustive(), EncodingScheme.STANDARD).between(List.of(a.encode(p)), List.of(b.encode(p)));
        assertThat(match.hits()).isEmpty();
    }

    @Test
    void filesEncodedWithAnotherSecretAreRefusedWithWhatDiffers() {
        EncodingFile left = EncodingFile.read(politie(Secrets.A));
        EncodingFile right = EncodingFile.read(gemeente(Secrets.B));
        assertThatThrownBy(() -> new BlindMatcher(settings, EncodingScheme.STANDARD).between(left, right)).isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("politie.csv and gemeente.csv were encoded differently (secret-check ")
                .hasMessageContaining("different secrets");
    }

    @Test
    void filesEncodedWithOtherParametersAreRefused() {
        EncodingFile left = EncodingFile.read(politie(Secrets.A));
        EncodingFile plain = EncodingFile.read(encodedFile("plain.csv", "FIOD", Secrets.A,
                EncodingScheme.STANDARD.withHardening(Hardening.NONE), person("F-1", "Jan", "Berg", "19700301")));
        assertThatThrownBy(() -> new BlindMatcher(settings, EncodingScheme.STANDARD).between(left, plain)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("hardening balanced vs none");
    }

    @Test
    void withinOneFileNoRecordHitsItself() {
        BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);
        List<Encoding> records = List.of(
                encoder.encode(person("a", "Jan", "Berg", "19700301", new Identifier("bsn", "1"))),
                encoder.encode(person("b", "Jan", "van den Berg", "19700301")),
                encoder.encode(person("c", "Piet", "Jansen", "19850612", new Identifier("bsn", "1"))));
        assertThat(new BlindMatcher(settings, EncodingScheme.STANDARD).within(records).hits())
                .extracting(BlindHit::leftRef, BlindHit::rightRef)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "b"), org.assertj.core.groups.Tuple.tuple("a", "c"));
    }

    @Test
    void aPlaceholderIdentifierSharedByManyRecordsIsSkippedNotAHit() {
        BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);
        List<Encoding> left = new ArrayList<>();
        List<Encoding> right = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            left.add(encoder.encode(person("l" + i, "Persoon" + i, "Links", "", new Identifier("bsn", "000000000"))));
            right.add(encoder.encode(person("r" + i, "Iemand" + i, "Rechts", "", new Identifier("bsn", "000000000"))));
        }
        BlindMatch match = new BlindMatcher(new MatchSettings(0.88, 64, 16, 3), EncodingScheme.STANDARD).between(left, right);
        assertThat(match.hits()).isEmpty();
        // Per right-hand record: the identifier hash and its two near hashes ("000000000" and "00000000").
        assertThat(match.skippedBuckets()).isEqualTo(5 * 3);
    }

    @Test
    void aPairWhoseIdentifiersAreOneTypingErrorApartHitsFromTheLowerDiceAndOtherwiseNot() {
        BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);
        PlainAddress home = new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam");
        Encoding left = encoder.encode(new PlainPerson("l", "Pieter", "Jansen", "19850612", home,
                List.of(new Identifier("bsn", "111222333"))));
        Encoding swapped = encoder.encode(new PlainPerson("r1", "Piet", "Janssen", "19580612", home,
                List.of(new Identifier("bsn", "111223233"))));
        Encoding other = encoder.encode(new PlainPerson("r2", "Piet", "Janssen", "19580612", home,
                List.of(new Identifier("bsn", "987654321"))));
        double dice = left.clk().dice(swapped.clk());
        assertThat(dice).as("between the near threshold and the default").isBetween(MatchSettings.NEAR_IDENTIFIER_DICE, 0.88);

        BlindMatch match = new BlindMatcher(settings, EncodingScheme.STANDARD).between(List.of(left), List.of(swapped, other));

        assertThat(match.hits()).extracting(BlindHit::rightRef, BlindHit::identifierAgrees, BlindHit::identifierNear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r1", false, true));
        assertThat(match.hits().get(0).hitAt(0.88)).isTrue();
        assertThat(new BlindHit("l", "r1", MatchSettings.NEAR_IDENTIFIER_DICE - 0.01, false, true).hitAt(0.88)).isFalse();
    }

    @Test
    void aPairWithTheBirthDateOnOneSideOnlyHitsAtTheDefault() {
        BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);
        PlainAddress home = new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam");
        Encoding withDate = encoder.encode(new PlainPerson("l", "Jan", "de Vries", "19700301", home, List.of()));
        Encoding withoutDate = encoder.encode(new PlainPerson("r", "Jan", "de Vries", "", home, List.of()));
        assertThat(withDate.clk().dice(withoutDate.clk())).as("the plain Dice counts the missing date against the pair")
                .isLessThan(0.88);

        BlindMatch match = new BlindMatcher(settings, EncodingScheme.STANDARD).between(List.of(withDate), List.of(withoutDate));

        assertThat(match.hits()).extracting(BlindHit::rightRef).containsExactly("r");
        assertThat(match.hits().get(0).dice()).isGreaterThan(0.95);
        assertThat(match.hits().get(0).basis().code()).as("the signal must not claim a birth date took part")
                .isEqualTo("similarity");
    }

    @Test
    void aNamesakeWithADifferentBirthDateOrElsewhereWithoutOneStillDoesNotHit() {
        BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);
        PlainAddress home = new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam");
        Encoding jan = encoder.encode(new PlainPerson("l", "Jan", "de Vries", "19700301", home, List.of()));
        Encoding father = encoder.encode(new PlainPerson("father", "Jan", "de Vries", "19450817", home, List.of()));
        Encoding elsewhere = encoder.encode(new PlainPerson("elsewhere", "Jan", "de Vries", "",
                new PlainAddress("Dorpsweg", "3", "3581 XY", "Utrecht"), List.of()));

        BlindMatch match = new BlindMatcher(settings.exhaustive(), EncodingScheme.STANDARD)
                .between(List.of(jan), List.of(father, elsewhere));

        assertThat(match.hits()).isEmpty();
    }

    @Test
    void recordsThatHaveOnlyTheNameInCommonAreNotCorrectedIntoAHit() {
        BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);
        PlainAddress home = new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam");
        Encoding withAddress = encoder.encode(new PlainPerson("l", "Jan", "de Vries", "", home, List.of()));
        Encoding withDate = encoder.encode(new PlainPerson("r", "Jan", "de Vries", "19700301", List.of()));
        Presence.Correction correction = new Presence.Correction(EncodingScheme.STANDARD);

        assertThat(correction.dice(withAddress.clk(), withAddress.present(), withDate.clk(), withDate.present()))
                .isEqualTo(withAddress.clk().dice(withDate.clk()));
        assertThat(new BlindMatcher(settings.exhaustive(), EncodingScheme.STANDARD)
                .between(List.of(withAddress), List.of(withDate)).hits()).isEmpty();
    }

    @Test
    void theCorrectionLeavesAPairWithTheSameFieldsAsItWasAndNeverLowersTheDice() {
        BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);
        Presence.Correction correction = new Presence.Correction(EncodingScheme.STANDARD);
        PlainAddress home = new PlainAddress("Kerkstraat", "12", "3011 AB", "Rotterdam");
        Encoding a = encoder.encode(new PlainPerson("a", "Jan", "de Vries", "19700301", home, List.of()));
        Encoding b = encoder.encode(new PlainPerson("b", "Johan", "Vries", "19700310", home, List.of()));
        Encoding c = encoder.encode(new PlainPerson("c", "Piet", "Bakker", "1970", PlainAddress.NONE, List.of()));
        assertThat(correction.dice(a.clk(), a.present(), b.clk(), b.present())).isEqualTo(a.clk().dice(b.clk()));
        double corrected = correction.dice(a.clk(), a.present(), c.clk(), c.present());
        assertThat(corrected).isGreaterThan(a.clk().dice(c.clk())).isLessThan(0.80);
    }

    @Test
    void hammingLshFindsWhatComparingEveryPairFindsOnNoisyCopies() {
        Random random = new Random(7);
        String[] given = {"jan", "piet", "kees", "fatima", "mohamed", "anna", "sanne", "daan", "emma", "lucas", "noah", "julia"};
        String[] surnames = {"de vries", "jansen", "van den berg", "bakker", "el amrani", "yilmaz", "visser", "smit", "meijer", "de boer", "mulder", "bos"};
        BlindEncoder encoder = new BlindEncoder(Secrets.A, EncodingScheme.STANDARD);
        List<Encoding> left = new ArrayList<>();
        List<Encoding> right = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String g = given[random.nextInt(given.length)];
            String s = surnames[random.nextInt(surnames.length)];
            String date = String.format("19%02d%02d%02d", 40 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
            left.add(encoder.encode(person("l" + i, g, s, date)));
            String noisy = random.nextBoolean() ? s + "e" : s.replace("a", "aa");
            right.add(encoder.encode(person("r" + i, g, noisy, date)));
        }
        BlindMatch lsh = new BlindMatcher(settings, EncodingScheme.STANDARD).between(left, right);
        BlindMatch all = new BlindMatcher(settings.exhaustive(), EncodingScheme.STANDARD).between(left, right);
        assertThat(all.hits()).hasSizeGreaterThan(380);
        assertThat(lsh.hits()).isEqualTo(all.hits());
        assertThat(lsh.comparisons()).isLessThan(all.comparisons() / 10);
    }
}
