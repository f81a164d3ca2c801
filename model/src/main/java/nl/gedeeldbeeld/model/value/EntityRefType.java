package nl.gedeeldbeeld.model.value;

/**
 * References to other entities (Ownership.owner …). At this level only the shape is checked; importers
 * namespace the id by dataset, so a reference resolves within the file it came from.
 */
public final class EntityRefType implements ValueType {

    @Override
    public String code() {
        return "entity";
    }

    @Override
    public ValueResult normalise(String raw) {
        String id = raw.trim();
        if (id.isEmpty() || id.length() > 255 || !id.matches("[A-Za-z0-9._:\\-]+")) {
            return ValueResult.invalid("entity reference '" + raw + "' must be 1 to 255 letters, digits, '.', '_', ':' or '-'");
        }
        return ValueResult.valid(id);
    }
}
