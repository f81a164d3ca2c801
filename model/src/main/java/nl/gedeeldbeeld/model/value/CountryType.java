package nl.gedeeldbeeld.model.value;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries as lower-case ISO 3166-1 alpha-2 codes, as FollowTheMoney stores them. Accepts alpha-2,
 * alpha-3 and the English or Dutch name ("Nederland", "Duitsland", "Germany"), since partner files mix them.
 */
public final class CountryType implements ValueType {
    private static final Set<String> ALPHA2 = Set.of(Locale.getISOCountries());
    private static final Map<String, String> LOOKUP = buildLookup();

    private static Map<String, String> buildLookup() {
        Map<String, String> map = new HashMap<>();
        Locale dutch = Locale.forLanguageTag("nl");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String alpha2 = code.toLowerCase(Locale.ROOT);
            map.put(alpha2, alpha2);
            try {
                map.put(country.getISO3Country().toLowerCase(Locale.ROOT), alpha2);
            } catch (java.util.MissingResourceException ignored) {
                // a few codes have no alpha-3 in the JDK; alpha-2 and names still work
            }
            map.put(fold(country.getDisplayCountry(Locale.ENGLISH)), alpha2);
            map.put(fold(country.getDisplayCountry(dutch)), alpha2);
        }
        // Common forms that are not the JDK's display names.
        map.put("holland", "nl");
        map.put("the netherlands", "nl");
        map.put("nederland", "nl");
        map.put("uk", "gb");
        map.put("england", "gb");
        map.put("usa", "us");
        map.put("verenigde staten", "us");
        map.put("kosovo", "xk");
        map.put("xk", "xk");
        return Map.copyOf(map);
    }

    private static String fold(String name) {
        return TextPatterns.collapseWhitespace(
                TextPatterns.dropMarks(Normalizer.normalize(name, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT).trim());
    }

    static boolean isKnownAlpha2(String upper) {
        return ALPHA2.contains(upper) || upper.equals("XK");
    }

    @Override
    public String code() {
        return "country";
    }

    @Override
    public ValueResult normalise(String raw) {
        String code = LOOKUP.get(fold(raw));
        if (code == null) {
            return ValueResult.invalid("country '" + raw + "' is not an ISO 3166 code or a known English or Dutch country name");
        }
        return ValueResult.valid(code);
    }
}
