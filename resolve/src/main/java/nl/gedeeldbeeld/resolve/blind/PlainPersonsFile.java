package nl.gedeeldbeeld.resolve.blind;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ObjLongConsumer;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.value.DateType;
import nl.gedeeldbeeld.model.value.ValueResult;
import nl.gedeeldbeeld.resolve.BirthDates;

/**
 * The partner's plaintext person file, read at the partner only: comma-separated, UTF-8, a header line
 * naming the columns in any order. Required: {@code ref, given_name, surname, birth_date}; optional, the
 * address ({@code street, house_number, postcode, place}) and one column per identifier type: {@code bsn,
 * passport, id_card, driving_licence, iban, tax_number, id}. An unknown column is an error rather than
 * ignored, so a misspelt identifier column cannot silently lose the identifiers. Birth dates in any form
 * {@link DateType} reads (ISO, "23-04-1980", "19800423", "23 april 1980"; a year alone is kept as a year).
 * A birth date the calendar does not have (19870231, 31-02-1987) is not a reason to refuse the record: a
 * slip in the day leaves year and month to agree, so its year, month and day are kept as written; only a
 * date of which not even that can be read ("onbekend") is left out, and the record still goes.
 *
 * <p>Records are streamed, not loaded: a bad record is reported with file and line and skipped.
 */
public final class PlainPersonsFile {
    private static final List<String> REQUIRED = List.of("ref", "given_name", "surname", "birth_date");
    private static final List<String> ADDRESS = List.of("street", "house_number", "postcode", "place");
    private static final DateType DATES = new DateType();

    private PlainPersonsFile() {
    }

    /** Hands each good record, with its line number, to {@code records}; returns the skipped ones. */
    public static List<LineProblem> read(Path file, ObjLongConsumer<PlainPerson> records) {
        String name = file.getFileName().toString();
        List<LineProblem> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                throw new UserInputException(name + ": the file is empty; expected a header line with " + String.join(",", REQUIRED));
            }
            List<String> columns = CsvLine.split(headerLine.replace("\uFEFF", "")).orElse(List.of()).stream()
                    .map(c -> c.trim().toLowerCase(java.util.Locale.ROOT)).toList();
            checkColumns(name, columns);
            long lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                long at = lineNumber;
                Optional<List<String>> fields = CsvLine.split(line);
                if (fields.isEmpty()) {
                    problems.add(new LineProblem(name, at, "a quote is not closed"));
                    continue;
                }
                if (fields.get().size() != columns.size()) {
                    problems.add(new LineProblem(name, at, "expected " + columns.size() + " fields, found " + fields.get().size()));
                    continue;
                }
                try {
                    records.accept(person(columns, fields.get()), at);
                } catch (IllegalArgumentException | UserInputException e) {
                    problems.add(new LineProblem(name, at, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return problems;
    }

    private static void checkColumns(String name, List<String> columns) {
        TreeSet<String> known = new TreeSet<>(REQUIRED);
        known.addAll(ADDRESS);
        known.addAll(Identifier.TYPES);
        for (String c : columns) {
            if (!known.contains(c)) {
                throw new UserInputException(name + ": line 1: unknown column '" + c + "'; known: " + String.join(", ", known));
            }
            if (columns.indexOf(c) != columns.lastIndexOf(c)) {
                throw new UserInputException(name + ": line 1: column '" + c + "' occurs twice");
            }
        }
        for (String r : REQUIRED) {
            if (!columns.contains(r)) {
                throw new UserInputException(name + ": line 1: missing column '" + r + "'; required: " + String.join(", ", REQUIRED));
            }
        }
    }

    private static PlainPerson person(List<String> columns, List<String> fields) {
        String ref = fields.get(columns.indexOf("ref")).strip();
        Encoding.refProblem(ref).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        List<Identifier> ids = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String value = fields.get(i).strip();
            if (Identifier.TYPES.contains(columns.get(i)) && !value.isEmpty()) {
                ids.add(new Identifier(columns.get(i), value));
            }
        }
        PlainAddress address = new PlainAddress(optional(columns, fields, "street"), optional(columns, fields, "house_number"),
                optional(columns, fields, "postcode"), optional(columns, fields, "place"));
        return new PlainPerson(ref, fields.get(columns.indexOf("given_name")), fields.get(columns.indexOf("surname")),
                birthDate(fields.get(columns.indexOf("birth_date")).strip()), address, ids);
    }

    private static String optional(List<String> columns, List<String> fields, String column) {
        int at = columns.indexOf(column);
        return at < 0 ? "" : fields.get(at).strip();
    }

    /** Digits of the ISO form ({@code yyyymmdd}, or fewer for a partial date); empty when none was given. */
    private static String birthDate(String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        ValueResult date = DATES.normalise(raw);
        if (date instanceof ValueResult.Invalid) {
            return asWritten(raw);
        }
        String iso = date.value();
        return (iso.length() > 10 ? iso.substring(0, 10) : iso).replace("-", "");
    }

    /**
     * Year, month and day of a date the calendar does not have, year first, as written: "19870231" and
     * "31-02-1987" → 19870231; empty when the text does not hold them (then the record goes without a date).
     */
    static String asWritten(String raw) {
        String digits = BirthDates.yearFirst(raw);
        return BirthDates.isYearFirst(digits) ? digits : "";
    }
}
