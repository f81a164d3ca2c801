package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompanyResolutionTest {

    @Test
    void theLegalFormIsNotPartOfTheTradeName() {
        assertThat(new CompanyRecord("a", "EC Restaurant B.V.", "", "", "", "").nameProper()).isEqualTo("ec restaurant");
        assertThat(new CompanyRecord("b", "Van Dijk Transport V.O.F.", "", "", "", "").nameProper()).isEqualTo("van dijk transport");
        assertThat(new CompanyRecord("c", "KvK", "8253 7588", "", "", "").registration()).isEqualTo("82537588");
    }

    @Test
    void recordsOfOneCompanyAreFoundAndCompaniesSharingAnAddressAreNot() {
        SplittableRandom rng = new SplittableRandom(3);
        String[] words = {"horeca", "transport", "bouw", "vastgoed", "import", "export", "trading", "beheer", "schoonmaak",
                "auto", "logistiek", "diensten", "groep", "handel", "service", "bakkerij", "kapsalon", "shisha", "lounge"};
        String[] towns = {"rotterdam", "schiedam", "vlaardingen", "den haag", "delft", "dordrecht"};
        List<CompanyRecord> records = new ArrayList<>();
        for (int c = 0; c < 400; c++) {
            String name = words[rng.nextInt(words.length)] + " " + words[rng.nextInt(words.length)] + " " + (char) ('a' + c % 26)
                    + (char) ('a' + c / 26);
            String kvk = String.valueOf(60_000_000 + c * 37);
            String town = towns[rng.nextInt(towns.length)];
            String postcode = c % 10 == 0 ? "3011AA" : (3000 + c) + "AB"; // every tenth at one trust-office address
            records.add(new CompanyRecord("c" + c, name + " B.V.", kvk, postcode, c % 10 == 0 ? "1" : String.valueOf(c), town));
            if (c % 2 == 0) {
                String typo = name.substring(0, name.length() - 2) + name.charAt(name.length() - 1) + name.charAt(name.length() - 2);
                records.add(new CompanyRecord("c" + c + "d", typo, c % 4 == 0 ? "" : kvk, postcode, "", town));
            }
        }

        CompanyResolution r = CompanyResolution.run(records, 500, 0.5);

        Set<String> truth = records.stream().filter(x -> x.id().endsWith("d"))
                .map(x -> PairQuality.key(x.id(), x.id().substring(0, x.id().length() - 1))).collect(Collectors.toSet());
        Set<String> found = new java.util.HashSet<>();
        for (long p : r.matchedPairs()) {
            found.add(PairQuality.key(records.get(CandidatePairs.left(p)).id(), records.get(CandidatePairs.right(p)).id()));
        }
        PairQuality q = PairQuality.of(found, truth);
        assertThat(q.recall()).isGreaterThan(0.95);
        assertThat(q.precision()).isGreaterThan(0.95);
    }
}
