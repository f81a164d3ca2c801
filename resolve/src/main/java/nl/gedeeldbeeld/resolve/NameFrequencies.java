package nl.gedeeldbeeld.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often each full name (first given name and surname proper) occurs among all the records resolved
 * together, which in the platform is every person in the store, not one block: a block holds only records
 * that already share a key, so a name counted there looks rarer or commoner than it is (a frequency
 * adjustment with u from the blocked pairs made nearly every surname look rare and wrecked precision on
 * the synthetic world, see docs/benchmarks.md).
 *
 * <p>What it is for: a pair that agrees on the full name and has nothing else to compare (no birth date, no
 * identifier on one side; a bank's account holder is often a name and nothing more) is a namesake as often
 * as it is the same person, so the model cannot match it. When the name is rare in the whole store, at most
 * {@link #RARE} records, and those of its records that carry a birth date all carry the same one, the store
 * knows of one person by that name, and the pair is a match.
 *
 * <p>Measured and found wanting, so it is opt-in and nothing uses it by default: on the medium synthetic world
 * it raised person pair recall from 0.61 to 0.70 but took precision from 0.94 to 0.48 (the world plants
 * namesakes among the name-only records; docs/benchmarks.md, "Synthetic world, per entity type").
 */
public final class NameFrequencies {
    /** A full name on at most this many records is rare: one person seen by two or three partners. */
    static final int RARE = 3;

    private final String[] keys;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Set<String>> dates = new HashMap<>();

    public NameFrequencies(List<PersonRecord> records) {
        keys = new String[records.size()];
        for (int i = 0; i < keys.length; i++) {
            PersonRecord r = records.get(i);
            keys[i] = key(r);
            if (keys[i].isEmpty()) {
                continue;
            }
            counts.merge(keys[i], 1, Integer::sum);
            if (!r.birthDate().isEmpty()) {
                Set<String> seen = dates.computeIfAbsent(keys[i], k -> new HashSet<>(2));
                if (seen.size() < 2) {
                    seen.add(r.birthDate());
                }
            }
        }
    }

    /** "jan hendrik" + "van den berg" → "jan|berg"; empty without a given name or a surname. */
    static String key(PersonRecord r) {
        String given = r.givenName();
        int space = given.indexOf(' ');
        String first = space < 0 ? given : given.substring(0, space);
        String surname = NameKeys.surnameProper(r.surname());
        return first.isEmpty() || surname.isEmpty() ? "" : first + "|" + surname;
    }

    /** How many records carry record {@code i}'s full name (0 when it has none). */
    public int count(int i) {
        return keys[i].isEmpty() ? 0 : counts.get(keys[i]);
    }

    /** Whether records i and j carry the same full name and the store knows of one person by it. */
    public boolean oneKnownPerson(int i, int j) {
        if (keys[i].isEmpty() || !keys[i].equals(keys[j])) {
            return false;
        }
        return counts.get(keys[i]) <= RARE && dates.getOrDefault(keys[i], Set.of()).size() <= 1;
    }
}
