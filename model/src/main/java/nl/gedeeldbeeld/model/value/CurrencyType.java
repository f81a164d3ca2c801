package nl.gedeeldbeeld.model.value;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 currency codes; "€", "$" and "£" are read as EUR, USD and GBP. */
public final class CurrencyType implements ValueType {
    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    @Override
    public String code() {
        return "currency";
    }

    @Override
    public ValueResult normalise(String raw) {
        String s = raw.trim().toUpperCase(Locale.ROOT);
        s = switch (s) {
            case "€", "EURO", "EUROS" -> "EUR";
            case "$" -> "USD";
            case "£" -> "GBP";
            default -> s;
        };
        if (!CODES.contains(s)) {
            return ValueResult.invalid("currency '" + raw + "' is not an ISO 4217 code such as EUR");
        }
        return ValueResult.valid(s);
    }
}
