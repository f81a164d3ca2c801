package nl.gedeeldbeeld.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date and amount notations Dutch registers use. */
final class DutchFormats {
    private static final String[] MONTHS = {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december"
    };
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);
    private static final DateTimeFormatter DMY_SLASH = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private DutchFormats() {
    }

    static LocalDate date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    static String iso(int epochDay) {
        return date(epochDay).toString();
    }

    /** "23-04-1980", the police notation. */
    static String dmy(int epochDay) {
        return date(epochDay).format(DMY);
    }

    /** "23/04/1980". */
    static String slashed(int epochDay) {
        return date(epochDay).format(DMY_SLASH);
    }

    /** "19800423". */
    static String compact(int epochDay) {
        return date(epochDay).format(COMPACT);
    }

    /** "3 maart 1985", as municipal letters and KvK extracts write it. */
    static String longDate(int epochDay) {
        LocalDate d = date(epochDay);
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** "1.234,56": Dutch thousands dot and decimal comma. */
    static String amountDutch(long cents) {
        String euros = String.format(Locale.GERMANY, "%,d", cents / 100);
        return euros + "," + IbanFactory.pad(cents % 100, 2);
    }

    /** "1234.56": the machine notation FtM uses. */
    static String amountPlain(long cents) {
        return cents / 100 + "." + IbanFactory.pad(cents % 100, 2);
    }
}
