package nl.gedeeldbeeld.model.value;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The value types by format code; the schema registry maps each property to one of these. */
public final class ValueFormats {
    private final Map<String, ValueType> byCode;

    private ValueFormats(Map<String, ValueType> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /**
     * The built-in formats, plus enumerations (gender, topic, language) whose allowed codes come from the
     * FtM model so they stay in step with it.
     */
    public static ValueFormats withEnumerations(Map<String, EnumType> enumerations) {
        Map<String, ValueType> map = new HashMap<>();
        for (ValueType t : new ValueType[] {
                new IbanType(), new BicType(), new KvkNumberType(), new RsinType(), new EmailType(), new PhoneType(),
                new PostcodeType(), new HouseNumberType(), new LicencePlateType(), new CountryType(), new DateType(),
                new NumberType(), new AmountType(), new CurrencyType(), new ContainerNumberType(), new NameType(),
                new IdentifierType(), new UrlType(), new EntityRefType(), new AddressType(),
                new TextType("string", 1024, true), new TextType("text", 65000, false)}) {
            map.put(t.code(), t);
        }
        map.putAll(enumerations);
        return new ValueFormats(map);
    }

    public Optional<ValueType> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
