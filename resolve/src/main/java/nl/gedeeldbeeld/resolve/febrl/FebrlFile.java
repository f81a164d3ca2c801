package nl.gedeeldbeeld.resolve.febrl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.resolve.PairQuality;
import nl.gedeeldbeeld.resolve.PersonRecord;

/**
 * A Febrl record-linkage data set (Christen; as shipped by the Python Record Linkage Toolkit): comma-separated
 * {@code rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
 * date_of_birth, soc_sec_id}. The truth is in the ids ({@code rec-<n>-org}, {@code rec-<n>-dup-<k>}: same
 * {@code n}, same person), so the records handed to a matcher get neutral ids ({@code r0}, {@code r1} …) and
 * the source ids stay here, for scoring only.
 */
public record FebrlFile(List<PersonRecord> records, List<String> sourceIds) {

    public static FebrlFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<PersonRecord> records = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 11) {
                throw new UserInputException(file.getFileName() + ": line " + (n + 1) + ": expected 11 fields, found " + f.length);
            }
            String street = (f[4].trim() + " " + f[5].trim()).trim();
            records.add(new PersonRecord("r" + records.size(), f[1], f[2], f[9], f[3], street, f[6], f[7], f[10]));
            ids.add(f[0].trim());
        }
        return new FebrlFile(List.copyOf(records), List.copyOf(ids));
    }

    /** Every pair of records of one person, as source-id pairs ({@link PairQuality#key}). */
    public Set<String> truePairs() {
        Map<String, List<String>> byPerson = new HashMap<>();
        for (String id : sourceIds) {
            byPerson.computeIfAbsent(person(id), k -> new ArrayList<>()).add(id);
        }
        return PairQuality.pairsWithin(byPerson.values());
    }

    /** "rec-12-dup-3" → "12". */
    private static String person(String id) {
        String[] parts = id.split("-");
        return parts.length >= 2 ? parts[1] : id;
    }
}
