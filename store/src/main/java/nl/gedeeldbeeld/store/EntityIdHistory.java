package nl.gedeeldbeeld.store;

import nl.gedeeldbeeld.policy.audit.EntityIdAliases;

/**
 * The ids entities had before migration V7 gave them opaque ids (table {@code entity_id_history}). The audit
 * log is a hash chain and keeps the ids it was written with; the privacy officer's questions read old events
 * through this translation, and answer only in today's ids.
 */
public interface EntityIdHistory extends EntityIdAliases {
}
