package nl.gedeeldbeeld.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * A flat extract of person registrations at scale, for throughput benchmarks of entity resolution: the
 * persons of a generated population, each registered once, and a share of them registered again with the
 * slips of a second registration (typos, initials, a forgotten tussenvoegsel, a missing or mistyped birth
 * date, another postcode notation, a move). CSV with a header:
 * {@code rec_id,true_id,given_name,tussenvoegsel,surname,birth_date,street,house_number,postcode,city}.
 * The true id is there for scoring only; rec_ids are shuffled counters that say nothing about identity.
 */
public final class RegistryExtract {
    private RegistryExtract() {
    }

    /** Writes {@code records} rows; about {@code duplicateShare} of the persons are registered twice. */
    public static void write(long seed, int records, double duplicateShare, Path csv) throws IOException {
        if (records < 1 || duplicateShare < 0 || duplicateShare > 1) {
            throw new IllegalArgumentException("records must be positive and duplicateShare within 0..1");
        }
        int persons = (int) Math.ceil(records / (1 + duplicateShare));
        World world = new World(seed, WorldSize.LARGE, new Catalogue());
        world.addressGenerator = new AddressGenerator(world.catalogue, world.addresses, Seeds.stream(seed, "adressen"));
        new PopulationGenerator(world, Seeds.stream(seed, "personen")).generate(ProgressListener.NONE);
        Population population = world.population;
        if (persons > population.size()) {
            throw new IllegalArgumentException("at most " + population.size() + " persons; asked for " + persons);
        }
        RandomGenerator rng = Seeds.stream(seed, "register");
        NoiseModel noise = new NoiseModel(rng);
        long order = Seeds.mix(seed, 7) | 1;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("rec_id,true_id,given_name,tussenvoegsel,surname,birth_date,street,house_number,postcode,city\n");
            for (int r = 0; r < records; r++) {
                boolean again = r >= persons;
                int person = again ? rng.nextInt(persons) : r;
                String recId = "R" + Long.toUnsignedString(Math.floorMod(r * order, 1L << 40), 36);
                out.write(row(recId, Population.trueId(person), population, world, person, again, noise, rng));
            }
        }
    }

    private static String row(String recId, String trueId, Population population, World world, int i, boolean again,
                              NoiseModel noise, RandomGenerator rng) {
        PersonName name = population.name(i);
        String[] parts = again ? noise.splitName(name, rng.nextInt(3) == 0)
                : new String[] {name.roepnaam(), name.tussenvoegsel(), name.stam()};
        LocalDate born = population.birthDate(i);
        String birth = born.toString();
        Adres adres = world.addresses.get(population.address.get(i));
        String street = adres.straat();
        String number = adres.huisnummerVolledig();
        String postcode = adres.postcode();
        String city = adres.plaats();
        if (again) {
            double x = rng.nextDouble();
            if (x < 0.05) {
                birth = "";
            } else if (x < 0.08) {
                birth = born.plusDays(1 + rng.nextInt(3)).toString();
            } else if (x < 0.10 && born.getDayOfMonth() <= 12) {
                birth = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()).toString();
            }
            postcode = noise.postcode(adres, 0.5);
            street = noise.maybeTypo(street, 0.03);
            if (rng.nextDouble() < 0.15) { // moved since: another address altogether
                Adres other = world.addresses.get(rng.nextInt(world.addresses.size()));
                street = other.straat();
                number = other.huisnummerVolledig();
                postcode = other.postcode();
                city = other.plaats();
            }
        }
        return String.join(",", recId, trueId, csv(parts[0]), csv(parts[1]), csv(parts[2]), birth, csv(street), csv(number),
                csv(postcode), csv(city)) + "\n";
    }

    private static String csv(String value) {
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
