package nl.gedeeldbeeld.model.value;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Values from a closed list (FtM's gender, topic, language): the code or its label is accepted. */
public record EnumType(String code, Set<String> codes, Map<String, String> labelToCode) implements ValueType {

    public EnumType {
        codes = Set.copyOf(codes);
        labelToCode = Map.copyOf(labelToCode);
    }

    @Override
    public ValueResult normalise(String raw) {
        String key = raw.trim().toLowerCase(Locale.ROOT);
        if (codes.contains(key)) {
            return ValueResult.valid(key);
        }
        String fromLabel = labelToCode.get(key);
        if (fromLabel != null) {
            return ValueResult.valid(fromLabel);
        }
        return ValueResult.invalid(code + " '" + raw + "' is not one of " + new java.util.TreeSet<>(codes));
    }
}
