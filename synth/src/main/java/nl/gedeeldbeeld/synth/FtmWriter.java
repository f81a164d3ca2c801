package nl.gedeeldbeeld.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Streams FollowTheMoney entities as JSON lines, recording each entity's true identity as it goes. */
final class FtmWriter implements Closeable {
    private final Writer writer;
    private final JsonGenerator json;
    private final IdentityLedger ledger;
    private final PartnerSource source;
    private final String relativePath;
    private boolean open;
    private long entities;

    FtmWriter(Path outDir, String relativePath, PartnerSource source, IdentityLedger ledger) throws IOException {
        Path file = outDir.resolve(relativePath);
        Files.createDirectories(file.getParent());
        JsonFactory factory = new JsonFactory();
        factory.setRootValueSeparator(null);
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.json = factory.createGenerator(writer);
        this.ledger = ledger;
        this.source = source;
        this.relativePath = relativePath;
    }

    FtmWriter begin(String id, String schema, String trueId) throws IOException {
        if (open) {
            throw new IllegalStateException("entity still open");
        }
        ledger.record(source.dataset(), id, trueId, schema);
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("schema", schema);
        json.writeObjectFieldStart("properties");
        open = true;
        return this;
    }

    /** Writes the property with its non-blank values; a property without values is left out. */
    FtmWriter prop(String name, String... values) throws IOException {
        int n = 0;
        for (String v : values) {
            if (!v.isBlank()) {
                n++;
            }
        }
        if (n == 0) {
            return this;
        }
        json.writeArrayFieldStart(name);
        for (String v : values) {
            if (!v.isBlank()) {
                json.writeString(v);
            }
        }
        json.writeEndArray();
        return this;
    }

    void end() throws IOException {
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        open = false;
        entities++;
    }

    ManifestEntry entry() {
        return new ManifestEntry(relativePath, "ftm", Optional.empty(), source.dataset(), source.partner(),
                source.regime(), source.reliability(), entities);
    }

    @Override
    public void close() throws IOException {
        json.close();
        writer.close();
    }
}
