package nl.gedeeldbeeld.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What retrying a run's quarantine did.
 *
 * @param retryRunId  the run that holds the statements of the records that now pass (their provenance
 *                    names it); empty when none passed
 * @param stillFailing "FILE: line N: reason" for records that still fail, with today's reason
 */
public record RetryReport(String runId, Optional<String> retryRunId, int retried, int resolved,
                          long statementsInserted, long statementsRefreshed, List<String> stillFailing) {
    public RetryReport {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(retryRunId, "retryRunId");
        stillFailing = List.copyOf(stillFailing);
    }

    public String summary() {
        return "run " + runId + ": " + retried + " quarantined records retried, " + resolved + " now imported ("
                + statementsInserted + " new statements), " + (retried - resolved) + " still failing";
    }
}
