package nl.gedeeldbeeld.store;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.model.statement.Statement;

/**
 * The answer of a policy-filtered read: per entity, the statements whose value the request may see (oldest
 * first) and the properties it may only see as "afgeschermd". An entity of which nothing is visible is in
 * neither map, so the answer does not even tell that the store knows it.
 */
public record VisibleStatements(Map<String, List<Statement>> statements, Map<String, List<RedactedProperty>> redacted) {
    public VisibleStatements {
        statements = copy(statements);
        redacted = copy(redacted);
    }

    public static VisibleStatements none() {
        return new VisibleStatements(Map.of(), Map.of());
    }

    public List<Statement> statementsOf(String entityId) {
        return statements.getOrDefault(entityId, List.of());
    }

    public List<RedactedProperty> redactedOf(String entityId) {
        return redacted.getOrDefault(entityId, List.of());
    }

    /** Entities with anything visible, in the order the store returned them. */
    public Set<String> entityIds() {
        Set<String> ids = new LinkedHashSet<>(statements.keySet());
        ids.addAll(redacted.keySet());
        return ids;
    }

    /** This answer restricted to these entities, in this answer's order (a wider read narrowed to a smaller one). */
    public VisibleStatements restrictedTo(Set<String> entityIds) {
        Map<String, List<Statement>> kept = new LinkedHashMap<>();
        statements.forEach((id, of) -> {
            if (entityIds.contains(id)) {
                kept.put(id, of);
            }
        });
        Map<String, List<RedactedProperty>> keptRedacted = new LinkedHashMap<>();
        redacted.forEach((id, of) -> {
            if (entityIds.contains(id)) {
                keptRedacted.put(id, of);
            }
        });
        return new VisibleStatements(kept, keptRedacted);
    }

    public boolean isEmpty() {
        return statements.isEmpty() && redacted.isEmpty();
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> byEntity) {
        Map<String, List<T>> copy = new LinkedHashMap<>();
        byEntity.forEach((id, items) -> copy.put(id, List.copyOf(items)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
