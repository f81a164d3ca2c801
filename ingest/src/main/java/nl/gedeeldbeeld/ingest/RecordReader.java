package nl.gedeeldbeeld.ingest;

import java.util.Optional;

/**
 * Streams the records of one source file, one at a time; never holds the file. Problems with a single
 * record come back as {@link SourceRecord.Unreadable}; only I/O failures throw (as unchecked exceptions).
 */
public interface RecordReader extends AutoCloseable {

    /** The next record, or empty at the end of the file. */
    Optional<SourceRecord> next();

    /** Bytes of the file consumed so far, for progress. */
    long bytesRead();

    @Override
    void close();
}
