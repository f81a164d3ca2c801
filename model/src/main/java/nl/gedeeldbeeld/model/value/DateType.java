package nl.gedeeldbeeld.model.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full and partial dates, stored as ISO 8601 prefixes with the precision the source had, as FtM does:
 * "1980", "1980-04", "1980-04-23", or a date-time "2024-03-09T02:54:48". Reads ISO, Dutch day-first
 * ("23-04-1980", "23/4/1980", "23.04.1980"), compact ("19800423") and written Dutch or English months
 * ("23 april 1980", "3 mrt 2021"). Day-first is assumed for slashed dates because that is Dutch usage.
 */
public final class DateType implements ValueType {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern ISO_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2})\\s+([a-zA-Z]+)\\.?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    @Override
    public String code() {
        return "date";
    }

    @Override
    public ValueResult normalise(String raw) {
        String s = raw.trim();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return partial(raw, Integer.parseInt(m.group(1)), m.group(2), m.group(3));
            }
            m = ISO_TIME.matcher(s);
            if (m.matches()) {
                LocalDate.parse(m.group(1));
                String time = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
                LocalDateTime.parse(m.group(1) + "T" + time);
                return ValueResult.valid(m.group(1) + "T" + time);
            }
            m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                return full(raw, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = MONTH_YEAR.matcher(s);
            if (m.matches()) {
                return partial(raw, Integer.parseInt(m.group(2)), m.group(1), null);
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return full(raw, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = WRITTEN.matcher(s);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return ValueResult.invalid("date '" + raw + "' names unknown month '" + m.group(2) + "'");
                }
                return full(raw, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return ValueResult.invalid("date '" + raw + "' does not exist in the calendar");
        }
        return ValueResult.invalid("date '" + raw + "' is not a date; use 2024-03-09, 09-03-2024 or 9 maart 2024");
    }

    private static ValueResult partial(String raw, int year, String month, String day) {
        if (year < 1000 || year > 2999) {
            return ValueResult.invalid("date '" + raw + "' has implausible year " + year);
        }
        if (month == null) {
            return ValueResult.valid(String.format("%04d", year));
        }
        if (day == null) {
            return ValueResult.valid(YearMonth.of(year, Integer.parseInt(month)).toString());
        }
        return full(raw, year, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static ValueResult full(String raw, int year, int month, int day) {
        if (year < 1000 || year > 2999) {
            return ValueResult.invalid("date '" + raw + "' has implausible year " + year);
        }
        return ValueResult.valid(LocalDate.of(year, month, day).toString());
    }
}
