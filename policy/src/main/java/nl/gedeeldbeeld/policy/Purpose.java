package nl.gedeeldbeeld.policy;

import java.util.Objects;

/**
 * A purpose (doel) under which a request runs: every read of entity data is bound to exactly one. The
 * processing activity names the entry in the partners' register of processing activities
 * (verwerkingsregister, AVG art. 30) and is what the audit log records as the Logboek Dataverwerkingen
 * "verwerkingsactiviteit".
 */
public record Purpose(String code, String name, String legalBasis, String processingActivity) {
    public Purpose {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(processingActivity, "processingActivity");
    }
}
