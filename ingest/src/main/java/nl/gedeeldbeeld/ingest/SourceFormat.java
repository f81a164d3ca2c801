package nl.gedeeldbeeld.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * How a source file is written. {@link #AUTO} means: tell from the file's extension (or the mapping).
 * {@link #FTM} JSON lines may hold entities or statements (told per line); {@link #STATEMENTS} is a CSV of
 * FtM's statement format, recognised by its header when a CSV file comes without a mapping.
 */
public enum SourceFormat {
    AUTO, FTM, CSV, TSV, GOAML, STATEMENTS;

    public static SourceFormat parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "auto", "" -> AUTO;
            case "ftm", "json", "jsonl", "ndjson" -> FTM;
            case "csv" -> CSV;
            case "tsv" -> TSV;
            case "goaml", "xml" -> GOAML;
            case "statements" -> STATEMENTS;
            default -> throw new UserInputException("format '" + text + "' must be ftm, csv, tsv, goaml, statements or auto");
        };
    }

    /**
     * The concrete format of a file: an explicit format wins, then the format the mapping declares (it
     * describes the file more surely than its name), then the extension.
     */
    public SourceFormat resolve(Path file, Optional<SourceFormat> mappingFormat) {
        if (this != AUTO) {
            return this;
        }
        if (mappingFormat.isPresent()) {
            return mappingFormat.get();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".ftm")) {
            return FTM;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return TSV;
        }
        if (name.endsWith(".xml")) {
            return GOAML; // the one XML format there is an importer for
        }
        throw new UserInputException(file + ": cannot tell the format from the file name; give --format ftm, csv, tsv or goaml");
    }

    public boolean isDelimited() {
        return this == CSV || this == TSV;
    }

    /** Files with a header row, which a run stores so that retry can read a quarantined row again. */
    public boolean hasHeader() {
        return isDelimited() || this == STATEMENTS;
    }

    public char defaultDelimiter() {
        return this == TSV ? '\t' : ',';
    }

    /** How the format is named in messages. */
    public String title() {
        return switch (this) {
            case FTM -> "FtM JSON lines";
            case GOAML -> "goAML XML";
            case STATEMENTS -> "FtM statements CSV";
            default -> name();
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
