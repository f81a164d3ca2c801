package nl.gedeeldbeeld.policy.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An audit log in memory, for tests and short-lived tools; same chaining as the file log. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEvent> events = new ArrayList<>();
    private final Map<String, List<String>> idSets = new HashMap<>();

    @Override
    public synchronized String storeIdSet(Collection<String> ids) {
        String reference = AuditIdSets.reference(ids);
        idSets.putIfAbsent(reference, AuditIdSets.canonical(ids));
        return reference;
    }

    @Override
    public synchronized Optional<List<String>> idSet(String reference) {
        return Optional.ofNullable(idSets.get(reference));
    }

    @Override
    public synchronized AuditEvent append(AuditRecord record) {
        AuditEvent event = AuditEvent.chain(events.size() + 1L, record, lastHash());
        events.add(event);
        return event;
    }

    @Override
    public void flush() {
        // nothing to make durable
    }

    @Override
    public synchronized long lastSequence() {
        return events.size();
    }

    @Override
    public synchronized String lastHash() {
        return events.isEmpty() ? AuditEvent.GENESIS : events.get(events.size() - 1).hash();
    }

    @Override
    public synchronized List<AuditEvent> read(long fromSequence, long toSequence) {
        return events.stream().filter(e -> e.sequence() >= fromSequence && e.sequence() <= toSequence).toList();
    }

    @Override
    public synchronized List<AuditEvent> findByObjectId(String objectId) {
        return events.stream().filter(e -> e.objectIds().contains(objectId) || e.objectIds().stream()
                .anyMatch(id -> AuditIdSets.isReference(id) && idSets.getOrDefault(id, List.of()).contains(objectId))).toList();
    }

    @Override
    public synchronized List<AuditEvent> findByActorAndPurpose(String actor, String purpose) {
        return events.stream().filter(e -> e.actor().equals(actor) && e.purpose().equals(purpose)).toList();
    }

    /** A copy of all events, for verification. */
    public synchronized List<AuditEvent> events() {
        return new ArrayList<>(events);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
