package nl.gedeeldbeeld.model.value;

/** Kamer van Koophandel (Dutch chamber of commerce) registration numbers: eight digits. */
public final class KvkNumberType implements ValueType {

    @Override
    public String code() {
        return "kvk";
    }

    @Override
    public ValueResult normalise(String raw) {
        String digits = raw.replaceAll("[\\s.]", "");
        if (digits.regionMatches(true, 0, "KVK", 0, 3)) {
            digits = digits.substring(3).replaceFirst("^[:-]", "");
        }
        if (!digits.matches("[0-9]{8}")) {
            return ValueResult.invalid("KvK-nummer '" + raw + "' must be exactly 8 digits");
        }
        return ValueResult.valid(digits);
    }
}
