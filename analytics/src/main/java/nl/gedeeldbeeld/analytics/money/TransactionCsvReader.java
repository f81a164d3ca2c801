package nl.gedeeldbeeld.analytics.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Reads transactions from a CSV file that is not ours (a bank export, a simulator's output) into a
 * {@link TransactionGraph}: one transaction a line with a source account, a target account, an amount and a
 * time. The first line names the columns; which names mean which column is {@link Columns} (the defaults
 * also know AMLSim's {@code sourceNodeId,targetNodeId,value,time}). The separator is a comma, or a semicolon or
 * tab when the header has one and no comma; fields may be wrapped in double quotes.
 *
 * <p><b>Time</b> is a whole number (a step or a tick, taken as is) or a date ({@code 2024-03-01}, also with a
 * time of day, which is dropped), taken as days since 1970-01-01; detector windows are then in days.
 * <b>Amount</b> is a decimal number in currency units with a point (or, in a semicolon file, a decimal comma),
 * kept in cents.
 *
 * <p><b>Bad rows</b>, following the project's rule that a record with one bad value lands with what is
 * usable: a row with both accounts but an unreadable or non-positive amount or an unreadable time still adds
 * its two accounts (they exist and traded with each other) but not the transaction, since a payment without
 * an amount or a time cannot take part in any window or amount rule; a row without a source or a target, or
 * with too few fields, is unusable and refused. Every such row is reported with the file, line and reason
 * ({@link Result#problems()}); the caller decides what to do with them.
 */
public final class TransactionCsvReader {
    private static final long EPOCH_DAY_LIMIT = Integer.MAX_VALUE;

    /**
     * Which header names stand for which column; matched case-insensitively, the first name present wins.
     *
     * @param source names of the paying account's column
     * @param target names of the receiving account's column
     * @param amount names of the amount's column
     * @param time   names of the time (step or date) column
     */
    public record Columns(List<String> source, List<String> target, List<String> amount, List<String> time) {
        public Columns {
            source = List.copyOf(source);
            target = List.copyOf(target);
            amount = List.copyOf(amount);
            time = List.copyOf(time);
            if (source.isEmpty() || target.isEmpty() || amount.isEmpty() || time.isEmpty()) {
                throw new IllegalArgumentException("every column needs at least one name");
            }
        }

        /** source/from/sourceNodeId/payer…, target/to/targetNodeId/payee…, amount/value/bedrag, time/step/date/datum. */
        public static Columns defaults() {
            return new Columns(List.of("source", "from", "sourceNodeId", "src", "payer", "orig", "nameOrig", "van", "bron"),
                    List.of("target", "to", "targetNodeId", "dst", "payee", "dest", "nameDest", "naar", "doel"),
                    List.of("amount", "value", "bedrag", "base_amt", "amt"),
                    List.of("time", "step", "date", "tick", "timestamp", "datum", "tijd", "tran_timestamp"));
        }

        /** These defaults with one column named explicitly (the others keep their defaults). */
        public Columns with(String sourceName, String targetName, String amountName, String timeName) {
            return new Columns(sourceName == null ? source : List.of(sourceName),
                    targetName == null ? target : List.of(targetName), amountName == null ? amount : List.of(amountName),
                    timeName == null ? time : List.of(timeName));
        }
    }

    /**
     * One reported row.
     *
     * @param line    line number in the file (the header is line 1)
     * @param reason  what is wrong, for a person
     * @param refused true when nothing of the row was used; false when its accounts were kept without the transaction
     */
    public record Problem(long line, String reason, boolean refused) {
        public Problem {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * What was read.
     *
     * @param graph        the transactions that were read whole, and every account seen
     * @param rows         data rows in the file
     * @param problems     rows refused or kept in part, in file order
     * @param timeIsDate   true when the times were dates (ticks are days since 1970-01-01)
     */
    public record Result(TransactionGraph graph, long rows, List<Problem> problems, boolean timeIsDate) {
        public Result {
            Objects.requireNonNull(graph, "graph");
            problems = List.copyOf(problems);
        }

        public long refused() {
            return problems.stream().filter(Problem::refused).count();
        }

        public long keptInPart() {
            return problems.size() - refused();
        }
    }

    private final Columns columns;

    public TransactionCsvReader(Columns columns) {
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    public TransactionCsvReader() {
        this(Columns.defaults());
    }

    public Result read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (NoSuchFileException e) {
            throw new UserInputException("transactions file " + file + " does not exist");
        } catch (IOException e) {
            throw new UserInputException("cannot read transactions file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads from any reader; {@code name} is used in messages. */
    public Result read(Reader reader, String name) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String header = r.readLine();
        if (header == null || header.isBlank()) {
            throw new UserInputException(name + ": the file is empty; expected a header line naming the columns "
                    + "(for example source,target,amount,time)");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        char sep = header.indexOf(',') >= 0 ? ',' : header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
        List<String> names = split(header, sep);
        int src = column(names, columns.source(), "source", name);
        int dst = column(names, columns.target(), "target", name);
        int amt = column(names, columns.amount(), "amount", name);
        int tim = column(names, columns.time(), "time", name);
        int needed = Math.max(Math.max(src, dst), Math.max(amt, tim)) + 1;
        TransactionGraphBuilder b = new TransactionGraphBuilder();
        List<Problem> problems = new ArrayList<>();
        long line = 1;
        long rows = 0;
        Boolean dates = null;
        String text;
        while ((text = r.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            rows++;
            List<String> f = split(text, sep);
            if (f.size() < needed) {
                problems.add(new Problem(line, name + " line " + line + ": " + f.size() + " fields, expected at least "
                        + needed + "; row refused", true));
                continue;
            }
            String from = f.get(src).strip();
            String to = f.get(dst).strip();
            if (from.isEmpty() || to.isEmpty()) {
                problems.add(new Problem(line, name + " line " + line + ": no " + (from.isEmpty() ? "source" : "target")
                        + " account; row refused", true));
                continue;
            }
            String amountText = f.get(amt).strip();
            String timeText = f.get(tim).strip();
            long cents = cents(amountText, sep);
            String reason = null;
            if (cents <= 0) {
                reason = cents == 0 ? "amount '" + amountText + "' is not positive"
                        : "amount '" + amountText + "' is not a number";
            }
            long ticks = Long.MIN_VALUE;
            if (reason == null) {
                ticks = ticks(timeText);
                if (ticks == Long.MIN_VALUE) {
                    reason = "time '" + timeText + "' is neither a whole step number nor a date (yyyy-mm-dd)";
                } else {
                    boolean isDate = !isWhole(timeText);
                    if (dates == null) {
                        dates = isDate;
                    } else if (dates != isDate) {
                        reason = "time '" + timeText + "' is a " + (isDate ? "date" : "step number") + " where earlier rows had "
                                + (dates ? "dates" : "step numbers");
                    }
                }
            }
            int a = b.account(from);
            int c = b.account(to);
            if (reason != null) {
                problems.add(new Problem(line, name + " line " + line + ": " + reason
                        + "; accounts kept, transaction left out", false));
                continue;
            }
            b.transfer(null, a, c, cents, (int) ticks, (byte) 0);
        }
        return new Result(b.build(), rows, problems, Boolean.TRUE.equals(dates));
    }

    private static int column(List<String> header, List<String> candidates, String what, String file) {
        for (String c : candidates) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(c)) {
                    return i;
                }
            }
        }
        throw new UserInputException(file + ": no " + what + " column in the header " + header + "; expected one of "
                + candidates + " (name it with --" + what + "-column)");
    }

    /** Cents of a decimal amount, 0 for zero or negative, -1 when unreadable. */
    static long cents(String text, char sep) {
        String t = text.replace("€", "").replace("EUR", "").strip();
        if (sep == ';' && t.indexOf(',') >= 0) {
            t = t.replace(".", "").replace(',', '.');
        }
        if (t.isEmpty()) {
            return -1;
        }
        try {
            BigDecimal d = new BigDecimal(t).movePointRight(2).setScale(0, RoundingMode.HALF_UP);
            if (d.signum() <= 0) {
                return 0;
            }
            return d.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    private static boolean isWhole(String t) {
        if (t.isEmpty()) {
            return false;
        }
        int i = t.charAt(0) == '-' ? 1 : 0;
        if (i == t.length()) {
            return false;
        }
        for (; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A step number as is, a date as days since the epoch; {@link Long#MIN_VALUE} when unreadable. */
    static long ticks(String t) {
        if (isWhole(t)) {
            try {
                long v = Long.parseLong(t);
                return Math.abs(v) <= EPOCH_DAY_LIMIT / 2 ? v : Long.MIN_VALUE;
            } catch (NumberFormatException e) {
                return Long.MIN_VALUE;
            }
        }
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).toEpochDay();
            }
            if (t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
                String iso = t.replace(' ', 'T');
                try {
                    return LocalDateTime.parse(iso).toLocalDate().toEpochDay();
                } catch (DateTimeParseException e) {
                    return OffsetDateTime.parse(iso).toLocalDate().toEpochDay();
                }
            }
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
        return Long.MIN_VALUE;
    }

    /** Splits one line on the separator, honouring double quotes (a doubled quote inside is one quote). */
    static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
