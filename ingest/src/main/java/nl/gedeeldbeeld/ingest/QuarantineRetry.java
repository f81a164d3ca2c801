package nl.gedeeldbeeld.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gedeeldbeeld.model.entity.ValueIssue;
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
 * Re-reads the quarantined records of a run with the run's stored settings, the mapping and the schema
 * model as they are now (the usual fixes), imports those that pass and marks them resolved. A record
 * quarantined at value level (it landed, some values had no place, such as a property a newer FtM
 * version has) is converted again whole: its statements that landed before come again with the same ids
 * and only move last-seen, and the held values come in once the model knows their property.
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
        RecordConverter converter = new RecordConverter(new StatementFactory(schemas, store.entityIds()), provenance, regimes);

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
            List<QuarantinedRecord> heldAgain = new ArrayList<>();
            for (QuarantinedRecord q : chunk) {
                if (q.rawCut()) {
                    stillFailing.add(q.message() + " (the record was too long to keep whole; fix it at the source)");
                    continue;
                }
                SourceRecord record = reparser.parse(q);
                RecordConverter.Result result = converter.convert(record, batchId, seenAt);
                if (result instanceof RecordConverter.Result.Accepted accepted) {
                    // Statements that landed before come again with the same ids and only move last-seen.
                    statements.addAll(accepted.statements());
                    List<ValueIssue> held = accepted.issues().stream()
                            .filter(i -> i.disposition() == ValueIssue.Disposition.QUARANTINED).toList();
                    if (held.isEmpty()) {
                        passed.add(q.recordNumber());
                        continue;
                    }
                    String reason = held.stream().map(ValueIssue::describe).collect(Collectors.joining("; "));
                    if (q.scope() == QuarantinedRecord.Scope.RECORD) {
                        // The record lands now, some of its values still do not: they wait under the retry run.
                        passed.add(q.recordNumber());
                        heldAgain.add(new QuarantinedRecord(retryRunId, q.dataset(), q.sourceFile(), q.recordNumber(),
                                reason, q.rawRecord(), seenAt, false, QuarantinedRecord.Scope.VALUES, false));
                    }
                    stillFailing.add(q.sourceFile() + ": line " + q.recordNumber() + ": record imported; " + reason);
                } else {
                    stillFailing.add(q.sourceFile() + ": line " + q.recordNumber() + ": "
                            + ((RecordConverter.Result.Rejected) result).reason());
                }
            }
            if (statements.isEmpty() && passed.isEmpty()) {
                continue;
            }
            if (!begun) {
                store.beginRun(new ImportRun(retryRunId, run.dataset(), run.partner(), run.regime(), run.sourceFile(),
                        run.fileSha256(), parameters.asRetryOf(runId).toJson(), clock.instant(),
                        ImportRun.Status.RUNNING, 0, 0, 0));
                begun = true;
            }
            batchNumber++;
            totals = totals.plus(store.commitBatch(new ImportBatch(retryRunId, batchNumber, chunk.get(0).recordNumber(),
                    chunk.get(chunk.size() - 1).recordNumber(), seenAt), statements, heldAgain));
            store.resolveQuarantined(runId, passed);
            resolved += passed.size() - heldAgain.size();
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
        if (parameters.format() == SourceFormat.STATEMENTS) {
            List<String> header = parameters.header();
            char delimiter = parameters.delimiter();
            return q -> {
                try {
                    return StatementCsvReader.map(q.recordNumber(), header, CsvRows.parse(q.rawRecord(), delimiter),
                            q.rawRecord(), sourceFile);
                } catch (java.io.UncheckedIOException unreadable) {
                    return new SourceRecord.Unreadable(q.recordNumber(), q.rawRecord(), q.reason());
                }
            };
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
