package nl.gedeeldbeeld.policy.registers;

import java.time.Instant;
import java.util.List;

/** Storage of protection alerts; the store implements it. */
public interface ProtectionAlerts {

    void raise(ProtectionAlert alert);

    /** Alerts for flags of this organisation, newest first. */
    List<ProtectionAlert> forOwner(String organisation, boolean includeAcknowledged);

    /** Marks the alert acknowledged; returns false when the organisation has no such open alert. */
    boolean acknowledge(String alertId, String organisation, String by, Instant at);
}
