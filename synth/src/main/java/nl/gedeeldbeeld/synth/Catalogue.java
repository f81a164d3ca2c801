package nl.gedeeldbeeld.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** The embedded word lists (names, gemeenten, streets, sectors, car models), loaded once per run. */
final class Catalogue {
    record FirstName(String name, Origin origin, boolean male) {
    }

    record Surname(String tussenvoegsel, String stam, Origin origin) {
    }

    record Gemeente(String naam, String provincie, int postcodeFrom, int postcodeTo, int inhabitants) {
    }

    record Sector(String sbi, String omschrijving, int weight, List<String> words) {
    }

    record CarModel(String merk, String model) {
    }

    final List<FirstName> firstNames = new ArrayList<>();
    final List<Surname> surnames = new ArrayList<>();
    final List<Gemeente> gemeenten = new ArrayList<>();
    final List<String> streets = new ArrayList<>();
    /** The first realStreets entries of streets come from the list of real names, the rest are composed. */
    final int realStreets;
    final List<Sector> sectors = new ArrayList<>();
    final List<CarModel> carModels = new ArrayList<>();

    /** Per origin and gender (index origin*2 + (male?0:1)): indices into firstNames and a rank picker. */
    private final int[][] firstNameIndex = new int[Origin.values().length * 2][];
    private final WeightedPicker[] firstNamePicker = new WeightedPicker[Origin.values().length * 2];
    private final int[][] surnameIndex = new int[Origin.values().length][];
    private final WeightedPicker[] surnamePicker = new WeightedPicker[Origin.values().length];
    final WeightedPicker gemeentePicker;
    final WeightedPicker sectorPicker;
    final WeightedPicker originPicker;

    private static final String[] STREET_BASES = {
        "Eiken", "Beuken", "Linden", "Berken", "Wilgen", "Iepen", "Platanen", "Kastanje", "Hazelaar", "Vlier",
        "Merel", "Lijster", "Zwaluw", "Kievit", "Reiger", "Fazant", "Havik", "Uilen", "Mussen", "Vinken",
        "Rembrandt", "Vermeer", "Mondriaan", "Breitner", "Israëls", "Mesdag", "Jongkind", "Toorop", "Escher",
        "Hobbema", "Vondel", "Bredero", "Hooft", "Multatuli", "Couperus", "Cats", "Huygens", "Spinoza",
        "Erasmus", "Grotius", "Lorentz", "Zernike", "Kamerlingh Onnes", "Van 't Hoff", "Boerhaave",
        "Tulpen", "Rozen", "Seringen", "Jasmijn", "Lelie", "Irissen", "Dahlia", "Violieren", "Krokus",
        "Zilver", "Goud", "Koper", "Tin", "Ijzer", "Smaragd", "Robijn", "Saffier", "Diamant", "Parel",
        "Jupiter", "Saturnus", "Mars", "Venus", "Mercurius", "Neptunus", "Pluto", "Orion", "Pegasus",
        "Rijn", "Maas", "Waal", "IJssel", "Lek", "Amstel", "Vecht", "Dommel", "Dinkel", "Regge", "Berkel",
        "Texel", "Vlieland", "Terschelling", "Ameland", "Schiermonnikoog", "Marken", "Urk", "Schokland",
        "Willem Barentsz", "Abel Tasman", "Cornelis Houtman", "Olivier van Noort", "Jan van Riebeeck",
        "Anne Frank", "Aletta Jacobs", "Annie M.G. Schmidt", "Pim Fortuyn", "Johan Cruijff", "Fanny Blankers-Koen"
    };
    private static final String[] STREET_SUFFIXES = {
        "straat", "laan", "weg", "plein", "hof", "kade", "singel", "dreef", "pad", "erf"
    };

    Catalogue() {
        for (String[] f : read("voornamen.tsv")) {
            firstNames.add(new FirstName(f[2], Origin.valueOf(f[0]), f[1].equals("M")));
        }
        for (String[] f : read("achternamen.tsv")) {
            surnames.add(new Surname(f[1], f[2], Origin.valueOf(f[0])));
        }
        for (String[] f : read("gemeenten.tsv")) {
            gemeenten.add(new Gemeente(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4])));
        }
        for (String[] f : read("straten.txt")) {
            streets.add(f[0]);
        }
        realStreets = streets.size();
        // Real cities have thousands of streets; composed names keep addresses unique in large worlds.
        for (String base : STREET_BASES) {
            for (String suffix : STREET_SUFFIXES) {
                String name = base + suffix;
                if (!streets.contains(name)) {
                    streets.add(name);
                }
            }
        }
        for (String[] f : read("sbi.tsv")) {
            sectors.add(new Sector(f[0], f[1], Integer.parseInt(f[2]), List.of(f[3].split(","))));
        }
        for (String[] f : read("voertuigen.tsv")) {
            carModels.add(new CarModel(f[0], f[1]));
        }
        for (Origin o : Origin.values()) {
            for (int g = 0; g < 2; g++) {
                boolean male = g == 0;
                int[] idx = indices(firstNames.size(), i -> firstNames.get(i).origin() == o
                        && firstNames.get(i).male() == male);
                firstNameIndex[o.ordinal() * 2 + g] = idx;
                firstNamePicker[o.ordinal() * 2 + g] = WeightedPicker.zipf(idx.length);
            }
            int[] s = indices(surnames.size(), i -> surnames.get(i).origin() == o);
            surnameIndex[o.ordinal()] = s;
            surnamePicker[o.ordinal()] = WeightedPicker.zipf(s.length);
        }
        gemeentePicker = new WeightedPicker(gemeenten.stream().mapToDouble(Gemeente::inhabitants).toArray());
        sectorPicker = new WeightedPicker(sectors.stream().mapToDouble(Sector::weight).toArray());
        originPicker = new WeightedPicker(Arrays.stream(Origin.values()).mapToDouble(o -> o.share).toArray());
    }

    int pickFirstName(RandomGenerator rng, Origin origin, boolean male) {
        int k = origin.ordinal() * 2 + (male ? 0 : 1);
        return firstNameIndex[k][firstNamePicker[k].pick(rng)];
    }

    int pickSurname(RandomGenerator rng, Origin origin) {
        return surnameIndex[origin.ordinal()][surnamePicker[origin.ordinal()].pick(rng)];
    }

    int sectorIndex(String sbi) {
        for (int i = 0; i < sectors.size(); i++) {
            if (sectors.get(i).sbi().equals(sbi)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown SBI code " + sbi);
    }

    private interface IntPredicate {
        boolean test(int i);
    }

    private static int[] indices(int n, IntPredicate p) {
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (p.test(i)) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the synth jar: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
