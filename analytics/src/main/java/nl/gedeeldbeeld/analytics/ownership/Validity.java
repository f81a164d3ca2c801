package nl.gedeeldbeeld.analytics.ownership;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a shareholding or directorship holds: from its start date up to and including its end date; a
 * missing date means "since ever" or "still". Registers often lack the start date of old holdings, and an
 * open end is the normal case, so both are optional rather than guessed.
 */
public record Validity(Optional<LocalDate> start, Optional<LocalDate> end) {
    public static final Validity ALWAYS = new Validity(Optional.empty(), Optional.empty());

    static final int OPEN_START = Integer.MIN_VALUE;
    static final int OPEN_END = Integer.MAX_VALUE;

    public Validity {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw new IllegalArgumentException("end date " + end.get() + " lies before start date " + start.get());
        }
    }

    public static Validity from(LocalDate start) {
        return new Validity(Optional.of(start), Optional.empty());
    }

    public static Validity between(LocalDate start, LocalDate end) {
        return new Validity(Optional.of(start), Optional.of(end));
    }

    public boolean covers(LocalDate day) {
        return start.map(s -> !day.isBefore(s)).orElse(true) && end.map(e -> !day.isAfter(e)).orElse(true);
    }

    int startDay() {
        return start.map(d -> (int) d.toEpochDay()).orElse(OPEN_START);
    }

    int endDay() {
        return end.map(d -> (int) d.toEpochDay()).orElse(OPEN_END);
    }

    static Validity ofDays(int startDay, int endDay) {
        return new Validity(startDay == OPEN_START ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(startDay)),
                endDay == OPEN_END ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(endDay)));
    }

    static boolean covers(int startDay, int endDay, int day) {
        return startDay <= day && day <= endDay;
    }
}
