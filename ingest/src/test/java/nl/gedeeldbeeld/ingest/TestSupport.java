package nl.gedeeldbeeld.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.store.StatementStore;

final class TestSupport {
    static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    static final String VALID_IBAN = "NL91ABNA0417164300";
    static final String BAD_IBAN = "NL91ABNA0417164301";

    private TestSupport() {
    }

    static Importer importer(StatementStore store) {
        return new Importer(store, SchemaRegistry.standard(), LegalRegimes.standard(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static QuarantineRetry retry(StatementStore store) {
        return new QuarantineRetry(store, SchemaRegistry.standard(), LegalRegimes.standard(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportRequest.Builder request(Path file) {
        return ImportRequest.builder("test", "POLITIE", "WPG_ART9").file(file);
    }

    static Path sharedData() {
        String configured = System.getProperty("gb.shared.data");
        Path dir = configured != null ? Path.of(configured) : Path.of("../../shared/data");
        return dir.toAbsolutePath().normalize();
    }
}
