package nl.gedeeldbeeld.model.provenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a statement comes from and under which law it may be used: dataset, partner organisation, legal
 * regime, reliability, when the partner collected it, until when it may be kept and which import batch
 * brought it in. Every statement carries one; no value exists without it.
 */
public record Provenance(String dataset, String partner, String regime, Reliability reliability,
                         Instant collectedAt, LocalDate retainUntil, String batchId) {
    private static final java.util.regex.Pattern DATASET = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,62}");

    public Provenance {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(retainUntil, "retainUntil");
        Objects.requireNonNull(batchId, "batchId");
        if (!DATASET.matcher(dataset).matches()) {
            throw new nl.gedeeldbeeld.model.UserInputException(
                    "dataset name '" + dataset + "' must be 1–63 lower-case letters, digits, '-' or '_'");
        }
    }
}
