package nl.gedeeldbeeld.analytics.money;

import java.util.Locale;

/** Formatting of amounts in rule texts. */
final class Money {
    private Money() {
    }

    /** Cents as euros with two decimals, e.g. {@code €9,000.00}. */
    static String euros(long cents) {
        return String.format(Locale.ROOT, "€%,d.%02d", cents / 100, Math.abs(cents % 100));
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
