package nl.gedeeldbeeld.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads text lines and, unlike {@link java.io.BufferedReader#readLine()}, tells whether a line ended with a
 * newline: the last line of a file cut off mid-copy does not, which is how a truncated record is told
 * apart from one that is merely malformed.
 */
final class LineReader implements AutoCloseable {
    record Line(long number, String text, boolean terminated) {
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder pending = new StringBuilder(256);
    private int pos;
    private int limit;
    private long number;
    private boolean eof;

    LineReader(Reader in) {
        this.in = in;
    }

    Optional<Line> next() {
        if (eof && pos >= limit) {
            return Optional.empty();
        }
        pending.setLength(0);
        while (true) {
            if (pos >= limit && !fill()) {
                if (pending.length() == 0) {
                    return Optional.empty();
                }
                return Optional.of(line(false));
            }
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            pending.append(buffer, start, pos - start);
            if (pos < limit) {
                pos++; // the newline itself
                return Optional.of(line(true));
            }
        }
    }

    private Line line(boolean terminated) {
        int length = pending.length();
        if (length > 0 && pending.charAt(length - 1) == '\r') {
            pending.setLength(length - 1);
        }
        number++;
        if (number == 1 && pending.length() > 0 && pending.charAt(0) == '\uFEFF') {
            pending.deleteCharAt(0); // byte-order mark written by some Windows tools
        }
        return new Line(number, pending.toString(), terminated);
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int n = in.read(buffer);
            if (n <= 0) {
                eof = true;
                pos = limit = 0;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
