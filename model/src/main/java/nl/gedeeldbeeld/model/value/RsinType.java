package nl.gedeeldbeeld.model.value;

/** RSIN (rechtspersonen en samenwerkingsverbanden informatienummer): nine digits passing the elfproef. */
public final class RsinType implements ValueType {

    @Override
    public String code() {
        return "rsin";
    }

    @Override
    public ValueResult normalise(String raw) {
        String digits = raw.replaceAll("[\\s.]", "");
        if (digits.matches("[0-9]{8}")) {
            digits = "0" + digits; // leading zero is often lost in spreadsheets
        }
        if (!digits.matches("[0-9]{9}")) {
            return ValueResult.invalid("RSIN '" + raw + "' must be 9 digits");
        }
        if (!Checksums.elfproef(digits)) {
            return ValueResult.invalid("RSIN '" + raw + "' fails the elfproef (11-check); check for a typing error");
        }
        return ValueResult.valid(digits);
    }
}
