package nl.gedeeldbeeld.app.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.analytics.view.DerivedLink;
import nl.gedeeldbeeld.analytics.view.GraphViewRequest;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Turns the same few text options of the API and the CLI into a {@link GraphViewRequest}: comma-separated
 * schemata, derived links ({@code all}, {@code none} or a list) and partners, ISO dates, and the cap on
 * parties per shared thing. Empty text means "no restriction".
 */
public final class ViewParameters {
    private ViewParameters() {
    }

    public static GraphViewRequest parse(String schemata, String derived, String from, String to, String partners,
                                         Integer maxSharers) {
        return new GraphViewRequest(list(schemata), derivedLinks(derived), date("from", from), date("to", to),
                list(partners), maxSharers == null ? GraphViewRequest.DEFAULT_MAX_SHARERS : maxSharers);
    }

    private static Set<String> list(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static Set<DerivedLink> derivedLinks(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("all")) {
            return EnumSet.allOf(DerivedLink.class);
        }
        if (text.trim().equalsIgnoreCase("none")) {
            return Set.of();
        }
        return list(text).stream().map(DerivedLink::parse).collect(Collectors.toSet());
    }

    /** Parses an optional ISO date option; a bad one is the user's mistake, named. */
    public static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new UserInputException(name + " must be a date as YYYY-MM-DD, got '" + text + "'");
        }
    }

    /** Parses one of an enum's constants, case-insensitively; a bad one names the choices. */
    public static <E extends Enum<E>> E choice(Class<E> type, String name, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(name + " must be one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT) + ", got '" + text + "'");
        }
    }
}
