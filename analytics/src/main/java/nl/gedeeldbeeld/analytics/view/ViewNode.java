package nl.gedeeldbeeld.analytics.view;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A party in a view: one identity, which after entity resolution may stand for several partners' records.
 *
 * @param id      the identity's id (the graph's node label)
 * @param members the records it stands for, as far as the caller may see them
 * @param roles   professional roles that could make it a facilitator, read from the data
 * @param roleReasons where each role came from, in Dutch ("bestuurder van X (Accountancy …)")
 */
public record ViewNode(String id, String schema, String caption, List<String> members, Set<FacilitatorRole> roles,
                       List<String> roleReasons) {
    public ViewNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(caption, "caption");
        members = List.copyOf(members);
        roles = roles.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(roles));
        roleReasons = List.copyOf(roleReasons);
    }
}
