package nl.gedeeldbeeld.model.value;

/**
 * One kind of value (IBAN, date, Dutch postcode …): it knows how to validate raw input and bring it to the
 * single normalised form that statements store and search matches on. Implementations are stateless.
 */
public interface ValueType {

    /** Short code used in the property-format table, e.g. {@code iban}. */
    String code();

    /** Normalise a raw, non-blank value; blank input is filtered out before this is called. */
    ValueResult normalise(String raw);
}
