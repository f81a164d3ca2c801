package nl.gedeeldbeeld.policy.audit;

import java.util.List;
import java.util.Optional;

/** What the audit questions read: the events about an entity, and the events of a user under a purpose. */
public interface AuditSource {

    /**
     * Events naming this entity id among their object ids, directly or inside an {@link AuditIdSets id set}
     * ("who looked at entity X").
     */
    List<AuditEvent> findByObjectId(String objectId);

    /** Events of this actor under this purpose ("what did user Y see under purpose Z"). */
    List<AuditEvent> findByActorAndPurpose(String actor, String purpose);

    /** The ids of an {@link AuditIdSets id set} an event names; empty when unknown or no longer intact. */
    Optional<List<String>> idSet(String reference);
}
