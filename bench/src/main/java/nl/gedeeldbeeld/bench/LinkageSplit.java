package nl.gedeeldbeeld.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.gedeeldbeeld.resolve.PersonRecord;
import nl.gedeeldbeeld.resolve.febrl.FebrlFile;

/**
 * A two-party split of a Febrl deduplication set, as two partners would hold it: file A has every original
 * ({@code rec-n-org}), file B the first duplicate of each original that has one ({@code rec-n-dup-0}), so each
 * person is at most once in each file and the true links are the originals with their duplicate. On top of
 * Febrl's own errors, file B's records get more of the kind real registers have, drawn with a fixed seed so
 * every run sees the same files; each record independently, at most one of each kind:
 * <ul>
 * <li>4 %: an impossible birth date (day digits swapped into a day the month does not have, 19870213 →
 * 19870231, or else day 30 of February or month 13);</li>
 * <li>4 %: a typo'd postcode (one digit replaced);</li>
 * <li>3 %: swapped fields (given name and surname, or street and suburb);</li>
 * <li>5 %: one value missing (given name, surname, birth date, postcode, suburb or street, equally likely).</li>
 * </ul>
 * File A stays as Febrl made it. The ids handed to the matcher are neutral ({@code a0}, {@code b0} …); the
 * source ids stay here for scoring.
 */
record LinkageSplit(String name, List<PersonRecord> fileA, List<String> idsA, List<PersonRecord> fileB,
                    List<String> idsB, Map<String, Integer> corruptions) {

    static final long SEED = 20261207L;

    static LinkageSplit of(String name, FebrlFile febrl, long seed) {
        Map<String, PersonRecord> originals = new TreeMap<>(LinkageSplit::byNumber);
        Map<String, PersonRecord> firstDuplicate = new HashMap<>();
        for (int i = 0; i < febrl.records().size(); i++) {
            String id = febrl.sourceIds().get(i);
            String[] parts = id.split("-");
            if (id.endsWith("-org")) {
                originals.put(parts[1], febrl.records().get(i));
            } else if (id.endsWith("-dup-0")) {
                firstDuplicate.put(parts[1], febrl.records().get(i));
            }
        }
        Random random = new Random(seed);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<PersonRecord> a = new ArrayList<>();
        List<String> idsA = new ArrayList<>();
        List<PersonRecord> b = new ArrayList<>();
        List<String> idsB = new ArrayList<>();
        for (Map.Entry<String, PersonRecord> e : originals.entrySet()) {
            PersonRecord o = e.getValue();
            a.add(copy(o, "a" + a.size()));
            idsA.add("rec-" + e.getKey() + "-org");
            PersonRecord d = firstDuplicate.get(e.getKey());
            if (d != null) {
                b.add(corrupt(copy(d, "b" + b.size()), random, counts));
                idsB.add("rec-" + e.getKey() + "-dup-0");
            }
        }
        return new LinkageSplit(name, List.copyOf(a), List.copyOf(idsA), List.copyOf(b), List.copyOf(idsB), Map.copyOf(counts));
    }

    private static int byNumber(String x, String y) {
        return Integer.compare(Integer.parseInt(x), Integer.parseInt(y));
    }

    private static PersonRecord copy(PersonRecord r, String id) {
        return new PersonRecord(id, r.givenName(), r.surname(), r.birthDate(), r.streetNumber(), r.street(), r.locality(),
                r.postcode(), r.identifier());
    }

    private static PersonRecord corrupt(PersonRecord r, Random random, Map<String, Integer> counts) {
        String given = r.givenName();
        String surname = r.surname();
        String date = r.birthDate();
        String street = r.street();
        String locality = r.locality();
        String postcode = r.postcode();
        if (random.nextDouble() < 0.04 && date.length() == 8) {
            date = impossible(date, random);
            counts.merge("impossible birth date", 1, Integer::sum);
        }
        if (random.nextDouble() < 0.04 && !postcode.isEmpty()) {
            int at = random.nextInt(postcode.length());
            char was = postcode.charAt(at);
            char now = (char) ('0' + (was - '0' + 1 + random.nextInt(9)) % 10);
            postcode = postcode.substring(0, at) + now + postcode.substring(at + 1);
            counts.merge("typo'd postcode", 1, Integer::sum);
        }
        if (random.nextDouble() < 0.03) {
            if (random.nextBoolean()) {
                String t = given;
                given = surname;
                surname = t;
                counts.merge("given name and surname swapped", 1, Integer::sum);
            } else {
                String t = street;
                street = locality;
                locality = t;
                counts.merge("street and suburb swapped", 1, Integer::sum);
            }
        }
        if (random.nextDouble() < 0.05) {
            switch (random.nextInt(6)) {
                case 0 -> given = "";
                case 1 -> surname = "";
                case 2 -> date = "";
                case 3 -> postcode = "";
                case 4 -> locality = "";
                default -> street = "";
            }
            counts.merge("one value missing", 1, Integer::sum);
        }
        return new PersonRecord(r.id(), given, surname, date, r.streetNumber(), street, locality, postcode, r.identifier());
    }

    /** A date no calendar has, the way a slip makes one: the day's digits swapped, else Feb 30 or month 13. */
    static String impossible(String date, Random random) {
        String swapped = date.substring(0, 6) + date.charAt(7) + date.charAt(6);
        if (!exists(swapped)) {
            return swapped;
        }
        return random.nextBoolean() ? date.substring(0, 4) + "0230" : date.substring(0, 4) + "13" + date.substring(6);
    }

    static boolean exists(String digits) {
        try {
            java.time.LocalDate.parse(digits, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** True links as "idA|idB" keys of neutral ids. */
    java.util.Set<String> truth() {
        Map<String, String> bByPerson = new HashMap<>();
        for (int i = 0; i < idsB.size(); i++) {
            bByPerson.put(idsB.get(i).split("-")[1], fileB.get(i).id());
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < idsA.size(); i++) {
            String b = bByPerson.get(idsA.get(i).split("-")[1]);
            if (b != null) {
                out.add(fileA.get(i).id() + "|" + b);
            }
        }
        return out;
    }
}
