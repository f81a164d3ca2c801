package nl.gedeeldbeeld.model.value;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A money amount with its ISO 4217 currency. Parses "€ 1.234,56", "1,234.56 EUR", "EUR 9999" and
 * "USD 12"; an amount without a currency sign is taken as euro, the currency of every partner's ledger.
 */
public record Amount(BigDecimal value, String currency) {
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern SHAPE = Pattern.compile("(?i)\\s*(€|eur|usd|\\$|gbp|£|[a-z]{3})?\\s*(-?[0-9][0-9.,' ]*)\\s*(€|eur|usd|\\$|gbp|£|[a-z]{3})?\\s*");

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY_CODE.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
    }

    public static Optional<Amount> parse(String raw) {
        Matcher m = SHAPE.matcher(raw);
        if (!m.matches() || (m.group(1) != null && m.group(3) != null)) {
            return Optional.empty();
        }
        String sign = m.group(1) != null ? m.group(1) : m.group(3);
        return NumberType.parse(m.group(2)).map(v -> new Amount(v, currencyOf(sign)));
    }

    private static String currencyOf(String sign) {
        if (sign == null || sign.equals("€")) {
            return "EUR";
        }
        if (sign.equals("$")) {
            return "USD";
        }
        if (sign.equals("£")) {
            return "GBP";
        }
        return sign.toUpperCase(Locale.ROOT);
    }
}
