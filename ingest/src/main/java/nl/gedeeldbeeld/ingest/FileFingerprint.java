package nl.gedeeldbeeld.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * The identity of a file's bytes: SHA-256, size, and whether it ends with a newline (a file that does not
 * may have been cut off mid-record). Computed in one streaming pass with a fixed buffer.
 */
public record FileFingerprint(String sha256, long size, boolean endsWithNewline) {

    public static FileFingerprint of(Path file) {
        MessageDigest digest = sha256Digest();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        byte last = '\n';
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                size += n;
                last = buffer[n - 1];
            }
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": file not found");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the file: " + e.getMessage());
        }
        return new FileFingerprint(HexFormat.of().formatHex(digest.digest()), size, last == '\n');
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
