package nl.gedeeldbeeld.analytics.view;

import java.util.List;
import java.util.Objects;

/**
 * A party in a view: one identity, which after entity resolution may stand for several partners' records.
 *
 * @param id      the identity's id (the graph's node label)
 * @param members the records it stands for, as far as the caller may see them
 */
public record ViewNode(String id, String schema, String caption, List<String> members) {
    public ViewNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(caption, "caption");
        members = List.copyOf(members);
    }
}
