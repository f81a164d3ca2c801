package nl.gedeeldbeeld.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.statement.Statement;

/**
 * Encodes statements as rows of PostgreSQL's COPY text format (tab-separated, {@code \N} for NULL,
 * backslash escapes) straight into UTF-8 bytes, in {@link StatementRows#COLUMNS} order. Building one big
 * String per batch and formatting every timestamp took as long as the database's own insert; here the
 * provenance fields, which repeat on every row of a batch, are encoded once, and plain ASCII values are
 * copied byte for byte. {@link PostgresCopyStatementWriter#copyText} is the reference it is tested against.
 */
final class CopyTextEncoder {
    private byte[] buffer = new byte[1 << 16];
    private int length;

    private Provenance lastProvenance;
    private byte[] provenanceBytes = new byte[0];
    private Instant lastInstant;
    private byte[] instantBytes = new byte[0];

    void reset() {
        length = 0;
    }

    byte[] bytes() {
        return buffer;
    }

    int length() {
        return length;
    }

    void row(Statement s) {
        Provenance p = s.provenance();
        field(s.id()).tab();
        field(s.entityId()).tab();
        field(s.schema()).tab();
        field(s.property()).tab();
        field(s.value()).tab();
        String original = StatementRows.originalOrNull(s);
        (original == null ? ascii("\\N") : field(original)).tab();
        raw(provenanceBytes(p)).tab();
        raw(instantBytes(s.firstSeen())).tab();
        raw(instantBytes(s.lastSeen())).tab();
        ascii(p.retainUntil().toString()).tab();
        field(p.batchId()).tab();
        append((byte) (s.notNormalised() ? 't' : 'f'));
        append((byte) '\n');
    }

    /** Dataset, partner, regime, reliability and collected-at: importers share one Provenance per record or batch. */
    private byte[] provenanceBytes(Provenance p) {
        if (p != lastProvenance) {
            String text = escape(p.dataset()) + '\t' + escape(p.partner()) + '\t' + escape(p.regime()) + '\t'
                    + p.reliability().code() + '\t' + StatementRows.micros(p.collectedAt());
            provenanceBytes = text.getBytes(StandardCharsets.UTF_8);
            lastProvenance = p;
        }
        return provenanceBytes;
    }

    private byte[] instantBytes(Instant instant) {
        if (!instant.equals(lastInstant)) {
            instantBytes = StatementRows.micros(instant).toString().getBytes(StandardCharsets.US_ASCII);
            lastInstant = instant;
        }
        return instantBytes;
    }

    private CopyTextEncoder field(String value) {
        int n = value.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            if (ch >= 0x80 || ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                // Rare: escape and encode the whole value the slow, obviously right way.
                length -= i;
                return raw(escape(value).getBytes(StandardCharsets.UTF_8));
            }
            buffer[length++] = (byte) ch;
        }
        return this;
    }

    private CopyTextEncoder ascii(String value) {
        int n = value.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buffer[length++] = (byte) value.charAt(i);
        }
        return this;
    }

    private CopyTextEncoder raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        return this;
    }

    private CopyTextEncoder tab() {
        return append((byte) '\t');
    }

    private CopyTextEncoder append(byte b) {
        ensure(1);
        buffer[length++] = b;
        return this;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
