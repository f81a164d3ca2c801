package nl.gedeeldbeeld.model.value;

/**
 * Amount properties (Payment.amount …): accepts a currency sign or code in the raw value but stores only
 * the number; the currency belongs in the schema's own {@code currency} property.
 */
public final class AmountType implements ValueType {

    @Override
    public String code() {
        return "amount";
    }

    @Override
    public ValueResult normalise(String raw) {
        return Amount.parse(raw)
                .<ValueResult>map(a -> ValueResult.valid(a.value().toPlainString()))
                .orElseGet(() -> ValueResult.invalid("amount '" + raw + "' is not a number with an optional currency, e.g. € 1.234,56"));
    }
}
