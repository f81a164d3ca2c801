package nl.gedeeldbeeld.resolve;

import java.util.Arrays;
import java.util.List;

/**
 * A birth date as the matcher compares it: digits, year first ({@code yyyymmdd}, or {@code yyyy} /
 * {@code yyyymm} when that is all). A date the calendar does not have is kept as written, not dropped: a slip
 * in the day (19870213 → 19870231) leaves year and month to agree, and the comparison levels count that. A
 * store keeps such a value as text marked not normalised, often in the source's own notation
 * ("31-02-1987"), so day-first text is turned around rather than read as year 3102.
 */
public final class BirthDates {
    private BirthDates() {
    }

    /** Year-first digits of {@code text}; its plain digits when no year, month and day can be read from it. */
    public static String yearFirst(String text) {
        if (text == null) {
            return "";
        }
        List<String> groups = Arrays.stream(text.split("[^0-9]+")).filter(g -> !g.isEmpty()).toList();
        if (groups.size() == 1 && groups.get(0).length() == 8) {
            String d = groups.get(0);
            if (!yearLike(d.substring(0, 4)) && yearLike(d.substring(4))) {
                return d.substring(4) + d.substring(2, 4) + d.substring(0, 2);
            }
            return d;
        }
        if (groups.size() == 3 && groups.stream().allMatch(g -> g.length() <= 4)) {
            if (yearLike(groups.get(0)) && groups.get(1).length() <= 2 && groups.get(2).length() <= 2) {
                return groups.get(0) + two(groups.get(1)) + two(groups.get(2));
            }
            if (yearLike(groups.get(2)) && groups.get(0).length() <= 2 && groups.get(1).length() <= 2) {
                return groups.get(2) + two(groups.get(1)) + two(groups.get(0));
            }
        }
        return String.join("", groups);
    }

    /** Whether {@link #yearFirst} found a year first ({@code yyyy}, {@code yyyymm} or {@code yyyymmdd}). */
    public static boolean isYearFirst(String digits) {
        return (digits.length() == 4 || digits.length() == 6 || digits.length() == 8) && yearLike(digits.substring(0, 4));
    }

    private static boolean yearLike(String digits) {
        return digits.length() == 4 && (digits.charAt(0) == '1' || digits.charAt(0) == '2');
    }

    private static String two(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
