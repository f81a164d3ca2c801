package nl.gedeeldbeeld.model.value;

import java.math.BigDecimal;

/**
 * Plain numbers, stored as a plain decimal string without grouping. Both "1.234,56" (Dutch) and
 * "1,234.56" (English) are read; a lone separator followed by exactly three digits is read as grouping
 * only when it is a dot-comma pair, otherwise as a decimal mark — the ambiguity we cannot remove.
 */
public final class NumberType implements ValueType {

    @Override
    public String code() {
        return "number";
    }

    @Override
    public ValueResult normalise(String raw) {
        return parse(raw)
                .<ValueResult>map(n -> ValueResult.valid(n.toPlainString()))
                .orElseGet(() -> ValueResult.invalid("'" + raw + "' is not a number"));
    }

    /** Parse a number written with Dutch or English separators. */
    public static java.util.Optional<BigDecimal> parse(String raw) {
        String s = raw.trim().replace(" ", "").replace("\u00a0", "").replace("'", "");
        if (s.isEmpty()) {
            return java.util.Optional.empty();
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            if (lastComma > lastDot) {
                s = s.replace(".", "").replace(',', '.');
            } else {
                s = s.replace(",", "");
            }
        } else if (lastComma >= 0) {
            s = s.indexOf(',') != lastComma ? s.replace(",", "") : s.replace(',', '.');
        } else if (lastDot >= 0 && s.indexOf('.') != lastDot) {
            s = s.replace(".", "");
        }
        try {
            return java.util.Optional.of(new BigDecimal(s).stripTrailingZeros());
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
