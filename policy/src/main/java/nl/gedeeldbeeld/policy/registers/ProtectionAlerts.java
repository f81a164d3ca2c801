package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.List;

/** Storage of protection alerts; the store implements it. */
public interface ProtectionAlerts {

    void raise(ProtectionAlert alert);

    /** Alerts for flags of this organisation, newest first (every unit's; for the registers' own use). */
    List<ProtectionAlert> forOwner(String organisation, boolean includeAcknowledged);

    /** Alerts for flags of this unit of the organisation, newest first: what the owning unit reads. */
    List<ProtectionAlert> forOwningUnit(String organisation, String unit, boolean includeAcknowledged);

    /** Marks the alert acknowledged; returns false when the organisation has no such open alert. */
    boolean acknowledge(String alertId, String organisation, String by, Instant at);
}
