package nl.gedeeldbeeld.store.access;

import java.util.Objects;

/** An export as it leaves the platform: file name, media type, content and its SHA-256 (as audited). */
public record ExportFile(String fileName, String mediaType, byte[] content, String sha256) {
    public ExportFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
        Objects.requireNonNull(sha256, "sha256");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
