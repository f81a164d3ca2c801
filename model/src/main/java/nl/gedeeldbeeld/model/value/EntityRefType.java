package nl.gedeeldbeeld.model.value;

/**
 * References to other entities (Ownership.owner …). FtM allows any string as an id, and CSV source ids are
 * built from key values that may hold spaces (an IBAN in groups of four), so only blank ids, control
 * characters and overlong ids are refused. Importers namespace the id by dataset, so a reference
 * resolves within the file it came from.
 */
public final class EntityRefType implements ValueType {

    @Override
    public String code() {
        return "entity";
    }

    @Override
    public ValueResult normalise(String raw) {
        String id = raw.trim();
        if (id.isEmpty() || id.length() > 255 || id.chars().anyMatch(Character::isISOControl)) {
            return ValueResult.invalid("entity reference '" + raw + "' must be 1 to 255 characters without control characters");
        }
        return ValueResult.valid(id);
    }
}
