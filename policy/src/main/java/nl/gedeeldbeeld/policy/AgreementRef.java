package nl.gedeeldbeeld.policy;

import java.util.Objects;

/** Names one version of a sharing agreement, as decisions and audit events cite it: "politie-riec-casus v2". */
public record AgreementRef(String id, int version) {
    public AgreementRef {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
