package nl.gedeeldbeeld.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.provenance.Reliability;

/**
 * What to import and under which provenance. The regime code is checked against the deployment's
 * catalogue by the {@link Importer}, because the catalogue is data a deployment may replace.
 *
 * @param collectedAt when the partner collected the data; absent means the record's own {@code first_seen}
 *                    (FtM) or else the moment the import run began
 * @param retainUntil absent means the collected date plus the regime's retention
 * @param batchSize   source records (lines, rows) per store transaction
 */
public record ImportRequest(List<Path> files, SourceFormat format, Optional<Path> mapping, String dataset,
                            String partner, String regime, Reliability reliability, Optional<Instant> collectedAt,
                            Optional<LocalDate> retainUntil, int batchSize) {

    public static final int DEFAULT_BATCH_SIZE = 5_000;
    private static final int MAX_BATCH_SIZE = 1_000_000;

    public ImportRequest {
        files = List.copyOf(files);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(retainUntil, "retainUntil");
        if (files.isEmpty()) {
            throw new UserInputException("give at least one file to import");
        }
        // Same rule as Provenance, checked here so a bad name fails before any file is read.
        if (!dataset.matches("[a-z0-9][a-z0-9_\\-]{0,62}")) {
            throw new UserInputException(
                    "dataset name '" + dataset + "' must be 1–63 lower-case letters, digits, '-' or '_'");
        }
        if (partner.isBlank()) {
            throw new UserInputException("give the partner that supplied the data, e.g. --partner POLITIE");
        }
        if (regime.isBlank()) {
            throw new UserInputException("give the legal regime the data is held under, e.g. --regime WPG_ART9");
        }
        regime = regime.trim().toUpperCase(Locale.ROOT);
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new UserInputException("batch size must be between 1 and " + MAX_BATCH_SIZE + ", not " + batchSize);
        }
        if (mapping.isPresent() && (format == SourceFormat.FTM || format == SourceFormat.GOAML)) {
            throw new UserInputException("a mapping applies to CSV and TSV files only, not to " + format.title());
        }
    }

    public static Builder builder(String dataset, String partner, String regime) {
        return new Builder(dataset, partner, regime);
    }

    /** The same request with another number of records per transaction. */
    public ImportRequest withBatchSize(int records) {
        return new ImportRequest(files, format, mapping, dataset, partner, regime, reliability, collectedAt,
                retainUntil, records);
    }

    /** Collects options as the CLI or API receive them, text parsed with user-facing messages. */
    public static final class Builder {
        private final String dataset;
        private final String partner;
        private final String regime;
        private final List<Path> files = new ArrayList<>();
        private SourceFormat format = SourceFormat.AUTO;
        private Optional<Path> mapping = Optional.empty();
        private Reliability reliability = Reliability.UNGRADED;
        private Optional<Instant> collectedAt = Optional.empty();
        private Optional<LocalDate> retainUntil = Optional.empty();
        private int batchSize = DEFAULT_BATCH_SIZE;

        private Builder(String dataset, String partner, String regime) {
            this.dataset = dataset;
            this.partner = partner;
            this.regime = regime;
        }

        public Builder file(Path file) {
            files.add(file);
            return this;
        }

        public Builder files(List<Path> more) {
            files.addAll(more);
            return this;
        }

        public Builder format(SourceFormat value) {
            format = value;
            return this;
        }

        public Builder format(String value) {
            return format(SourceFormat.parse(value));
        }

        public Builder mapping(Path value) {
            mapping = Optional.of(value);
            return this;
        }

        public Builder reliability(Reliability value) {
            reliability = value;
            return this;
        }

        public Builder reliability(String value) {
            return reliability(Reliability.parse(value));
        }

        public Builder collectedAt(Instant value) {
            collectedAt = Optional.of(value);
            return this;
        }

        public Builder retainUntil(LocalDate value) {
            retainUntil = Optional.of(value);
            return this;
        }

        public Builder retainUntil(String value) {
            try {
                return retainUntil(LocalDate.parse(value.trim()));
            } catch (java.time.format.DateTimeParseException e) {
                throw new UserInputException("retain-until '" + value + "' must be a date such as 2030-12-31");
            }
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public ImportRequest build() {
            return new ImportRequest(files, format, mapping, dataset, partner, regime, reliability, collectedAt,
                    retainUntil, batchSize);
        }
    }
}
