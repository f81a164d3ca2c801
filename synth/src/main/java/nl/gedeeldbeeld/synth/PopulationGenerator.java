package nl.gedeeldbeeld.synth;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Builds the population household by household, so members of one household share an address and, for
 * children, a surname; partners keep their own surname, as Dutch law has it.
 */
final class PopulationGenerator {
    private final World world;
    private final RandomGenerator rng;
    private final Catalogue catalogue;

    PopulationGenerator(World world, RandomGenerator rng) {
        this.world = world;
        this.rng = rng;
        this.catalogue = world.catalogue;
    }

    void generate(ProgressListener progress) {
        int target = world.size.persons();
        int household = 0;
        while (world.population.size() < target) {
            household(household++);
            if (household % 2048 == 0) {
                progress.progress("personen", world.population.size(), target);
            }
        }
        progress.progress("personen", target, target);
    }

    private void household(int id) {
        Origin origin = Origin.values()[catalogue.originPicker.pick(rng)];
        int address = world.addressGenerator.newAddress();
        int surname = catalogue.pickSurname(rng, origin);
        int kind = rng.nextInt(100);
        if (kind < 36) { // single
            person(origin, surname, rng.nextBoolean(), 20 + rng.nextInt(68), address, id);
        } else if (kind < 60) { // couple without children at home
            int age = 23 + rng.nextInt(62);
            person(origin, surname, true, age, address, id);
            partner(origin, Math.max(19, age - 6 + rng.nextInt(9)), address, id);
        } else if (kind < 92) { // family
            int age = 28 + rng.nextInt(25);
            person(origin, surname, true, age, address, id);
            int motherAge = Math.max(24, age - 5 + rng.nextInt(8));
            boolean twoParents = kind < 85;
            if (twoParents) {
                partner(origin, motherAge, address, id);
            }
            int children = 1 + rng.nextInt(rng.nextInt(10) < 7 ? 2 : 4);
            for (int c = 0; c < children; c++) {
                int childAge = rng.nextInt(Math.max(1, Math.min(24, motherAge - 19)));
                person(origin, surname, rng.nextBoolean(), childAge, address, id);
            }
        } else { // students or labour migrants sharing a house
            int sharers = 2 + rng.nextInt(3);
            for (int s = 0; s < sharers; s++) {
                Origin o = rng.nextInt(3) == 0 ? Origin.PL : origin;
                person(o, catalogue.pickSurname(rng, o), rng.nextBoolean(), 19 + rng.nextInt(12), address, id);
            }
        }
    }

    /** One in ten partners comes from another background; the partner keeps their own surname. */
    private void partner(Origin origin, int age, int address, int household) {
        Origin o = rng.nextInt(10) == 0 ? Origin.values()[catalogue.originPicker.pick(rng)] : origin;
        person(o, catalogue.pickSurname(rng, o), false, age, address, household);
    }

    private void person(Origin origin, int surname, boolean male, int age, int address, int household) {
        int first = catalogue.pickFirstName(rng, origin, male);
        int second = -1;
        if (rng.nextInt(100) < (origin == Origin.NL ? 55 : 20)) {
            second = catalogue.pickFirstName(rng, origin, male);
            if (second == first) {
                second = -1;
            }
        }
        LocalDate born = Population.REFERENCE_DATE.minusYears(age).minusDays(1 + rng.nextInt(364));
        int phone = age >= 12 && rng.nextInt(100) < 93 ? world.newPhone() : -1;
        boolean foreign = rng.nextDouble() < origin.foreignNationality;
        world.population.add(first, second, surname, male, origin, foreign, born, address, phone, household);
    }
}
