package nl.gedeeldbeeld.policy.audit;

import java.util.List;

/** What the audit questions read: the events about an entity, and the events of a user under a purpose. */
public interface AuditSource {

    /** Events naming this entity id among their object ids ("who looked at entity X"). */
    List<AuditEvent> findByObjectId(String objectId);

    /** Events of this actor under this purpose ("what did user Y see under purpose Z"). */
    List<AuditEvent> findByActorAndPurpose(String actor, String purpose);
}
