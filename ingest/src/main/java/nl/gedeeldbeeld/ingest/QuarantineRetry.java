package nl.gedeeldbeeld.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.StatementFactory;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.BatchResult;
import nl.gedeeldbeeld.store.ImportBatch;
import nl.gedeeldbeeld.store.ImportRun;
import nl.gedeeldbeeld.store.QuarantinedRecord;
import nl.gedeeldbeeld.store.StatementStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads the quarantined records of a run with the run's stored settings and the mapping as it is now
 * (the usual fix), imports those that pass and marks them resolved.
 *
 * <p>The statements go in through a run of their own ("retry run"), because batch numbers of the
 * original run are its ledger and must not be reused. Marking resolved happens after the commit; a crash
 * in between only means those records are retried again, which is harmless as statements are idempotent.
 */
public final class QuarantineRetry {
    private static final Logger LOG = LoggerFactory.getLogger(QuarantineRetry.class);

    private final StatementStore store;
    private final SchemaRegistry schemas;
    private final LegalRegimes regimes;
    private final Clock clock;

    public QuarantineRetry(StatementStore store) {
        this(store, SchemaRegistry.standard(), LegalRegimes.standard(), Clock.systemUTC());
    }

    public QuarantineRetry(StatementStore store, SchemaRegistry schemas, LegalRegimes regimes, Clock clock) {
        this.store = store;
        this.schemas = schemas;
        this.regimes = regimes;
        this.clock = clock;
    }

    /** @throws UserInputException when the run does not exist or its mapping can no longer be read */
    public RetryReport retry(String runId) {
        ImportRun run = store.run(runId).orElseThrow(() -> new UserInputException("no import run '" + runId + "'"));
        RunParameters parameters = RunParameters.fromJson(run.parameters());
        List<QuarantinedRecord> open = store.quarantine(Optional.of(run.dataset()), false).stream()
                .filter(q -> q.runId().equals(runId))
                .toList();
        if (open.isEmpty()) {
            return new RetryReport(runId, Optional.empty(), 0, 0, 0, 0, List.of());
        }
        Reparser reparser = reparser(parameters, run.sourceFile());
        ProvenanceTemplate provenance = new ProvenanceTemplate(parameters.dataset(), parameters.partner(),
                parameters.regime(), Reliability.parse(parameters.reliability()), parameters.collectedAt(),
                parameters.retainUntil(), regimes.require(parameters.regime()).retention(), run.startedAt());
        RecordConverter converter = new RecordConverter(new StatementFactory(schemas, store.entityIds()), provenance);

        String retryRunId = runId + "-retry-" + clock.millis();
        boolean begun = false;
        int resolved = 0;
        int batchNumber = 0;
        BatchResult totals = BatchResult.empty();
        List<String> stillFailing = new ArrayList<>();
        for (int from = 0; from < open.size(); from += parameters.batchSize()) {
            List<QuarantinedRecord> chunk = open.subList(from, Math.min(open.size(), from + parameters.batchSize()));
            Instant seenAt = clock.instant();
            String batchId = retryRunId + "#" + (batchNumber + 1);
            var statements = new ArrayList<nl.gedeeldbeeld.model.statement.Statement>();
            List<Long> passed = new ArrayList<>();
            for (QuarantinedRecord q : chunk) {
                SourceRecord record = reparser.parse(q);
                RecordConverter.Result result = converter.convert(record, batchId, seenAt);
                if (result instanceof RecordConverter.Result.Accepted accepted) {
                    statements.addAll(accepted.statements());
                    passed.add(q.recordNumber());
                } else {
                    stillFailing.add(q.sourceFile() + ": line " + q.recordNumber() + ": "
                            + ((RecordConverter.Result.Rejected) result).reason());
                }
            }
            if (passed.isEmpty()) {
                continue;
            }
            if (!begun) {
                store.beginRun(new ImportRun(retryRunId, run.dataset(), run.partner(), run.regime(), run.sourceFile(),
                        run.fileSha256(), parameters.asRetryOf(runId).toJson(), clock.instant(),
                        ImportRun.Status.RUNNING, 0, 0, 0));
                begun = true;
            }
            batchNumber++;
            totals = totals.plus(store.commitBatch(new ImportBatch(retryRunId, batchNumber, passed.get(0),
                    passed.get(passed.size() - 1), seenAt), statements, List.of()));
            store.resolveQuarantined(runId, passed);
            resolved += passed.size();
        }
        if (begun) {
            store.completeRun(retryRunId);
        }
        LOG.info("retried {} quarantined records of run {}: {} resolved", open.size(), runId, resolved);
        return new RetryReport(runId, begun ? Optional.of(retryRunId) : Optional.empty(), open.size(), resolved,
                totals.inserted(), totals.refreshed(), stillFailing);
    }

    private static int reportIndex(String reason) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^report (\\d+)").matcher(reason);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Turns a quarantined record's raw text back into a source record, the way the original reader did. */
    @FunctionalInterface
    private interface Reparser {
        SourceRecord parse(QuarantinedRecord record);
    }

    private Reparser reparser(RunParameters parameters, String sourceFile) {
        if (parameters.format() == SourceFormat.FTM) {
            FtmLineParser parser = new FtmLineParser(sourceFile);
            // Not "truncated" any more: a cut-off record that still fails is plainly malformed now.
            return q -> parser.parse(q.recordNumber(), q.rawRecord(), false);
        }
        if (parameters.format() == SourceFormat.GOAML) {
            // The report's position in its file is only in the reason it was quarantined with.
            return q -> GoamlReader.reparse(sourceFile, q.recordNumber(), reportIndex(q.reason()), q.rawRecord());
        }
        String mappingPath = parameters.mapping().orElseThrow(
                () -> new IllegalStateException("CSV run without a mapping in its parameters"));
        CsvMapping mapping = new CsvMappingLoader(schemas).load(java.nio.file.Path.of(mappingPath));
        CsvRowMapper mapper = new CsvRowMapper(mapping, parameters.header(), sourceFile);
        char delimiter = parameters.delimiter();
        return q -> {
            try {
                return mapper.map(q.recordNumber(), CsvRows.parse(q.rawRecord(), delimiter), q.rawRecord());
            } catch (java.io.UncheckedIOException unreadable) {
                return new SourceRecord.Unreadable(q.recordNumber(), q.rawRecord(), q.reason());
            }
        };
    }
}
