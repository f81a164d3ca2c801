package nl.gedeeldbeeld.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads FollowTheMoney JSON lines (Aleph and OpenSanctions exports): one entity per line. Blank lines
 * are skipped (they still count for line numbers); every other line becomes one record.
 */
public final class FtmJsonLinesReader implements RecordReader {
    private final CountingInputStream counter;
    private final LineReader lines;
    private final FtmLineParser parser;

    public FtmJsonLinesReader(Path file) {
        try {
            this.counter = new CountingInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Replace rather than fail on bad UTF-8: the bad bytes then show up in the record (as U+FFFD)
        // instead of aborting the whole file.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.lines = new LineReader(new InputStreamReader(counter, decoder));
        this.parser = new FtmLineParser(file.getFileName().toString());
    }

    @Override
    public Optional<SourceRecord> next() {
        while (true) {
            Optional<LineReader.Line> next = lines.next();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            LineReader.Line line = next.get();
            if (!line.text().isBlank()) {
                return Optional.of(parser.parse(line.number(), line.text(), !line.terminated()));
            }
        }
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() {
        lines.close();
    }
}
