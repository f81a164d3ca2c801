package nl.gedeeldbeeld.synth;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** Registers ordinary companies with owners, directors and addresses, as the KvK holds them. */
final class CompanyGenerator {
    private final World world;
    private final RandomGenerator rng;
    private final Catalogue catalogue;

    CompanyGenerator(World world, RandomGenerator rng) {
        this.world = world;
        this.rng = rng;
        this.catalogue = world.catalogue;
    }

    void generate(ProgressListener progress) {
        int target = world.size.persons() / 10;
        for (int i = 0; i < target; i++) {
            int sector = catalogue.sectorPicker.pick(rng);
            int owner = adult(25, 70);
            Rechtsvorm form = formFor(catalogue.sectors.get(sector).sbi());
            LocalDate founded = foundingDate();
            int address = form == Rechtsvorm.EENMANSZAAK && rng.nextInt(100) < 45
                    ? world.population.address.get(owner)
                    : world.addressGenerator.newAddress(world.addresses.gemeente.get(world.population.address.get(owner)));
            int dissolved = rng.nextInt(100) < 7
                    ? World.day(founded) + 200 + rng.nextInt(3000) : Companies.NO_DATE;
            if (dissolved != Companies.NO_DATE && dissolved > World.day(Population.REFERENCE_DATE)) {
                dissolved = Companies.NO_DATE;
            }
            int company = register(name(form, sector, owner), form, sector, address, founded, dissolved);
            int start = World.day(founded);
            switch (form) {
                case EENMANSZAAK -> {
                    world.relations.add(Relations.OWNER, Ref.person(owner), company, start, 100);
                    world.relations.add(Relations.DIRECTOR, Ref.person(owner), company, start, 0);
                }
                case VOF -> {
                    int partner = adult(25, 70);
                    world.relations.add(Relations.OWNER, Ref.person(owner), company, start, 50);
                    world.relations.add(Relations.OWNER, Ref.person(partner), company, start, 50);
                    world.relations.add(Relations.DIRECTOR, Ref.person(owner), company, start, 0);
                    world.relations.add(Relations.DIRECTOR, Ref.person(partner), company, start, 0);
                }
                case BV -> {
                    world.relations.add(Relations.DIRECTOR, Ref.person(owner), company, start, 0);
                    if (rng.nextInt(100) < 25) {
                        // Typical Dutch set-up: a personal holding between the entrepreneur and the business.
                        int holding = register(catalogue.surnames.get(world.population.surname.get(owner)).stam()
                                        + " Holding B.V.", Rechtsvorm.BV, catalogue.sectorIndex("6420"),
                                address, founded, Companies.NO_DATE);
                        world.relations.add(Relations.OWNER, Ref.person(owner), holding, start, 100);
                        world.relations.add(Relations.DIRECTOR, Ref.person(owner), holding, start, 0);
                        world.relations.add(Relations.OWNER, Ref.company(holding), company, start, 100);
                        i++;
                    } else {
                        world.relations.add(Relations.OWNER, Ref.person(owner), company, start, 100);
                    }
                }
                case STICHTING -> {
                    world.relations.add(Relations.DIRECTOR, Ref.person(owner), company, start, 0);
                    world.relations.add(Relations.DIRECTOR, Ref.person(adult(30, 75)), company, start, 0);
                }
            }
            if ((i & 1023) == 0) {
                progress.progress("bedrijven", i, target);
            }
        }
        progress.progress("bedrijven", target, target);
    }

    int register(String name, Rechtsvorm form, int sector, int address, LocalDate founded, int dissolved) {
        int rsin = form.hasRsin() ? world.newRsin() : -1;
        int company = world.companies.add(name, world.newKvk(), rsin, form, sector, address, founded, dissolved);
        world.companyFirstAccount.add(-1);
        return company;
    }

    /** A random person of the given age range, by rejection; ages are wide enough for this to end fast. */
    int adult(int minAge, int maxAge) {
        Population p = world.population;
        while (true) {
            int i = rng.nextInt(p.size());
            int age = p.age(i);
            if (age >= minAge && age <= maxAge) {
                return i;
            }
        }
    }

    LocalDate foundingDate() {
        // Skewed to recent years: many small companies are young.
        int yearsAgo = (int) Math.min(34, Math.abs(rng.nextGaussian() * 9));
        return Population.REFERENCE_DATE.minusYears(yearsAgo).minusDays(rng.nextInt(365));
    }

    private Rechtsvorm formFor(String sbi) {
        int x = rng.nextInt(100);
        return switch (sbi) {
            case "9602", "9609", "8121", "4332", "4778" -> x < 75 ? Rechtsvorm.EENMANSZAAK : x < 88 ? Rechtsvorm.VOF
                    : Rechtsvorm.BV;
            case "5610", "5630", "4711" -> x < 40 ? Rechtsvorm.EENMANSZAAK : x < 60 ? Rechtsvorm.VOF : Rechtsvorm.BV;
            case "6420", "6810", "6820", "4690", "4631", "4639", "5224", "5229" -> x < 92 ? Rechtsvorm.BV
                    : Rechtsvorm.STICHTING;
            default -> x < 30 ? Rechtsvorm.EENMANSZAAK : x < 40 ? Rechtsvorm.VOF : x < 95 ? Rechtsvorm.BV
                    : Rechtsvorm.STICHTING;
        };
    }

    String name(Rechtsvorm form, int sector, int owner) {
        Catalogue.Sector s = catalogue.sectors.get(sector);
        String word = s.words().get(rng.nextInt(s.words().size()));
        PersonName n = world.population.name(owner);
        String stam = n.stam();
        String plaats = catalogue.gemeenten.get(world.addresses.gemeente.get(world.population.address.get(owner)))
                .naam().replace("'s-", "");
        return switch (form) {
            case EENMANSZAAK -> switch (rng.nextInt(3)) {
                case 0 -> word + " " + n.roepnaam();
                case 1 -> word + " " + n.achternaam();
                default -> n.roepnaam() + "'s " + word;
            };
            case VOF -> switch (rng.nextInt(3)) {
                case 0 -> "Gebr. " + stam + " " + word + " V.O.F.";
                case 1 -> word + " " + plaats + " V.O.F.";
                default -> stam + " & " + catalogue.surnames.get(rng.nextInt(catalogue.surnames.size())).stam()
                        + " V.O.F.";
            };
            case BV -> switch (rng.nextInt(4)) {
                case 0 -> stam + " " + word + " B.V.";
                case 1 -> word + " " + plaats + " B.V.";
                case 2 -> acronym() + " " + word + " B.V.";
                default -> word + " " + NAME_WORDS[rng.nextInt(NAME_WORDS.length)] + " B.V.";
            };
            case STICHTING -> "Stichting " + word + " " + plaats;
        };
    }

    private String acronym() {
        String letters = "ABCDEGHJKLMNPRSTVW";
        int len = 2 + rng.nextInt(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(letters.charAt(rng.nextInt(letters.length())));
        }
        return b.toString();
    }

    static final String[] NAME_WORDS = {
        "Nederland", "Europe", "Holland", "Benelux", "Global", "International", "Groep", "Services", "Partners",
        "Noord", "Zuid", "West", "Oost", "Delta", "Maas", "Rijnmond", "Randstad", "Premium", "Royal", "Star"
    };
}
