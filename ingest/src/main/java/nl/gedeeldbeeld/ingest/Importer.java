package nl.gedeeldbeeld.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.StatementFactory;
import nl.gedeeldbeeld.model.provenance.LegalRegime;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.ImportRun;
import nl.gedeeldbeeld.store.StatementStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports source files into the statement store, one streaming pass per file with at most two batches in
 * memory: the one being read and converted, and the one the {@link BatchCommitter} is writing.
 *
 * <p>Each file is an import run whose id is derived from the dataset and the file's SHA-256 (and the
 * mapping's, for CSV). Importing the same bytes again finds the run: a completed run is a no-op, a run
 * that was interrupted resumes after its last committed batch. Batches are numbered by position in the
 * file, with the batch size stored in the run, so the same record always lands in the same batch.
 */
public final class Importer {
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private static final int PROGRESS_EVERY = 512;

    private final StatementStore store;
    private final SchemaRegistry schemas;
    private final LegalRegimes regimes;
    private final Clock clock;
    private final StatementFactory factory;

    public Importer(StatementStore store) {
        this(store, SchemaRegistry.standard(), LegalRegimes.standard(), Clock.systemUTC());
    }

    public Importer(StatementStore store, SchemaRegistry schemas, LegalRegimes regimes, Clock clock) {
        this.store = store;
        this.schemas = schemas;
        this.regimes = regimes;
        this.clock = clock;
        this.factory = new StatementFactory(schemas, store.entityIds());
    }

    /**
     * Imports every file of the request. Problems with the request itself (unknown regime, unreadable
     * mapping) throw before any file is read; a problem with one file (not found, a mapped column missing
     * from its header) fails that file only and is returned as a {@link ImportReport.Outcome#FAILED} report.
     *
     * @throws UserInputException for problems with the request as a whole
     */
    public List<ImportReport> importAll(ImportRequest request, ProgressListener progress) {
        LegalRegime regime = regimes.require(request.regime());
        Optional<CsvMapping> mapping = request.mapping().map(m -> new CsvMappingLoader(schemas).load(m));
        List<ImportReport> reports = new ArrayList<>();
        for (Path file : request.files()) {
            long start = System.nanoTime();
            try {
                reports.add(importOne(request, file, mapping, regime, progress));
            } catch (UserInputException e) {
                LOG.warn("import of {} failed: {}", file.getFileName(), e.getMessage());
                reports.add(ImportReport.failed(file.getFileName().toString(), e.getMessage(),
                        Duration.ofNanos(System.nanoTime() - start)));
            }
        }
        return reports;
    }

    /**
     * Imports one file.
     *
     * @throws UserInputException when the file cannot be imported at all; nothing of it is then stored
     */
    public ImportReport importFile(ImportRequest request, Path file, ProgressListener progress) {
        LegalRegime regime = regimes.require(request.regime());
        Optional<CsvMapping> mapping = request.mapping().map(m -> new CsvMappingLoader(schemas).load(m));
        return importOne(request, file, mapping, regime, progress);
    }

    private ImportReport importOne(ImportRequest request, Path file, Optional<CsvMapping> mapping, LegalRegime regime,
                                   ProgressListener progress) {
        long start = System.nanoTime();
        String fileName = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new UserInputException(file + ": is a directory; give the files in it");
        }
        if (!Files.exists(file)) {
            throw new UserInputException(file + ": file not found");
        }
        if (!Files.isReadable(file)) {
            throw new UserInputException(file + ": cannot read the file (permission denied)");
        }
        SourceFormat format = request.format().resolve(file, mapping.flatMap(CsvMapping::format));
        if (format.isDelimited() && mapping.isEmpty() && StatementCsvReader.isStatementFile(file, format.defaultDelimiter())) {
            // A CSV of FtM's statement format needs no mapping: its columns are the statement's fields.
            format = SourceFormat.STATEMENTS;
        }
        if (format == SourceFormat.STATEMENTS && mapping.isPresent()) {
            throw new UserInputException(fileName + ": a statement file needs no mapping; its columns are entity_id, "
                    + "prop, schema, value and provenance (see docs/import.md)");
        }
        if (!format.isDelimited() && mapping.isPresent()) {
            throw new UserInputException(fileName + ": a mapping applies to CSV and TSV files, and this is " + format.title());
        }
        if (format.isDelimited() && mapping.isEmpty()) {
            throw new UserInputException(fileName + ": a " + format.name() + " file needs a mapping; give --mapping FILE.yml (see docs/csv-mapping.md)");
        }
        char delimiter = mapping.flatMap(CsvMapping::delimiter).orElse(format.defaultDelimiter());
        SourceFormat resolved = format;
        FileFingerprint fingerprint = FileFingerprint.of(file);

        // The reader checks a CSV header against the mapping here, before a run exists: a file that
        // fails as a whole leaves no trace in the ledger.
        try (RecordReader reader = switch (resolved) {
            case FTM -> new FtmJsonLinesReader(file);
            case GOAML -> new GoamlReader(file);
            case STATEMENTS -> new StatementCsvReader(file, delimiter, fingerprint.endsWithNewline());
            default -> new CsvMappingReader(file, mapping.orElseThrow(), delimiter, fingerprint.endsWithNewline());
        }) {
            List<String> header = reader instanceof CsvMappingReader csv ? csv.header()
                    : reader instanceof StatementCsvReader statements ? statements.header() : List.of();
            Optional<String> mappingSha = mapping.map(CsvMapping::sha256);
            RunParameters parameters = new RunParameters(format, file.toString(), mapping.map(CsvMapping::location),
                    mappingSha, request.dataset(), request.partner(), regime.code(), request.reliability().code(),
                    request.collectedAt(), request.retainUntil(), request.batchSize(), header, delimiter, Optional.empty());
            String runId = RunIds.of(request.dataset(), fingerprint.sha256(), mappingSha);
            ImportRun run = store.beginRun(new ImportRun(runId, request.dataset(), request.partner(), regime.code(),
                    fileName, fingerprint.sha256(), parameters.toJson(), clock.instant(), ImportRun.Status.RUNNING, 0, 0, 0));
            checkSameProvenance(run, request, regime, fileName);
            if (run.status() == ImportRun.Status.COMPLETED) {
                LOG.info("import run {} of {} was already completed; nothing to do", runId, fileName);
                progress.finished(new ImportProgress(fileName, fingerprint.size(), fingerprint.size(), 0, 0));
                return new ImportReport(fileName, Optional.of(runId), ImportReport.Outcome.ALREADY_IMPORTED, 0, 0, 0, 0,
                        0, 0, 0, 0, List.of(), 0, Optional.empty(), Duration.ofNanos(System.nanoTime() - start));
            }
            // A resumed run keeps the settings it began with, so its batches stay aligned and alike.
            RunParameters stored = RunParameters.fromJson(run.parameters());
            return stream(reader, run, stored, regime, fileName, fingerprint.size(), progress, start);
        }
    }

    private ImportReport stream(RecordReader reader, ImportRun run, RunParameters parameters, LegalRegime regime,
                                String fileName, long totalBytes, ProgressListener progress, long start) {
        String runId = run.runId();
        int batchSize = parameters.batchSize();
        int alreadyCommitted = store.committedBatches(runId);
        if (alreadyCommitted > 0) {
            LOG.info("resuming import run {} of {} after batch {}", runId, fileName, alreadyCommitted);
        }
        ProvenanceTemplate provenance = new ProvenanceTemplate(parameters.dataset(), parameters.partner(),
                parameters.regime(), Reliability.parse(parameters.reliability()), parameters.collectedAt(),
                parameters.retainUntil(), regime.retention(), run.startedAt());
        RecordConverter converter = new RecordConverter(factory, provenance, regimes);
        long records = 0;
        long skipped = 0;
        BatchWriter writer;
        try (BatchCommitter committer = new BatchCommitter()) {
            writer = new BatchWriter(store, committer, runId, parameters.dataset(), fileName, clock);
            try {
                Optional<SourceRecord> next;
                while ((next = reader.next()).isPresent()) {
                    SourceRecord record = next.get();
                    records++;
                    long batchNumber = (records - 1) / batchSize + 1;
                    if (batchNumber <= alreadyCommitted) {
                        skipped++;
                    } else {
                        if (!writer.isOpen()) {
                            writer.open((int) batchNumber, record.line());
                        }
                        RecordConverter.Result result = converter.convert(record, writer.batchId(), writer.seenAt());
                        if (result instanceof RecordConverter.Result.Accepted accepted) {
                            writer.accept(record.line(), accepted.statements(), accepted.issues(), record.raw());
                        } else {
                            writer.quarantine(record.line(), ((RecordConverter.Result.Rejected) result).reason(), record.raw());
                        }
                        if (writer.records() == batchSize) {
                            writer.commit();
                        }
                    }
                    if (records % PROGRESS_EVERY == 0) {
                        progress.progress(new ImportProgress(fileName, reader.bytesRead(), totalBytes, records, writer.quarantinedSoFar()));
                    }
                }
                writer.finish();
            } catch (RuntimeException | Error e) {
                writer.abandon(e);
                throw e;
            }
        }
        store.completeRun(runId);
        progress.finished(new ImportProgress(fileName, totalBytes, totalBytes, records, writer.quarantinedSoFar()));
        var totals = writer.totals();
        LOG.info("import run {} of {} completed: {} records, {} refused, {} new statements, {} seen again, {} values "
                + "kept as text, {} values in quarantine", runId, fileName, records, writer.refused(), totals.inserted(),
                totals.refreshed(), writer.valuesKeptAsText(), writer.valuesQuarantined());
        return new ImportReport(fileName, Optional.of(runId),
                alreadyCommitted > 0 ? ImportReport.Outcome.RESUMED : ImportReport.Outcome.IMPORTED, records, skipped,
                totals.inserted(), totals.refreshed(), writer.refused(), writer.valuesKeptAsText(),
                writer.valuesQuarantined(), writer.committedBatches(), writer.problems(), writer.problemsOmitted(),
                Optional.empty(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The same bytes in the same dataset are one run; stating them again under other provenance is not. */
    private static void checkSameProvenance(ImportRun run, ImportRequest request, LegalRegime regime, String fileName) {
        if (!run.partner().equals(request.partner()) || !run.regime().equals(regime.code())) {
            throw new UserInputException(fileName + ": these bytes were already imported into dataset '" + run.dataset()
                    + "' by partner " + run.partner() + " under regime " + run.regime() + " (run " + run.runId()
                    + "); use another dataset to import them under other provenance");
        }
    }
}
