package nl.gedeeldbeeld.policy.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * The latest (sequence, hash) of a log, kept in a separate file. The chain alone proves that no event was
 * changed, removed or moved, but not that the tail was cut off; the anchor does: the log must still hold
 * the anchored event with the anchored hash. {@code closed} says the writer closed the log cleanly at that
 * event, so any event after it was added behind the writer's back. Keep the anchor where the log's writer
 * cannot silently rewrite both (another disk, a WORM store, or periodically copied to the privacy officer).
 */
public record AuditAnchor(long sequence, String hash, Instant time, boolean closed) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public AuditAnchor {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(time, "time");
    }

    /** The default anchor file beside a log: {@code audit.jsonl} → {@code audit.jsonl.anchor}. */
    public static Path besides(Path log) {
        return log.resolveSibling(log.getFileName() + ".anchor");
    }

    public static Optional<AuditAnchor> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (n == null || !n.hasNonNull("sequence") || !n.hasNonNull("hash") || !n.hasNonNull("time") || !n.has("closed")) {
                throw new UserInputException("audit anchor " + file + " is not a valid anchor");
            }
            return Optional.of(new AuditAnchor(n.get("sequence").asLong(), n.get("hash").asText(),
                    Instant.parse(n.get("time").asText()), n.get("closed").asBoolean()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserInputException u) {
                throw u;
            }
            throw new UserInputException("cannot read audit anchor " + file + ": " + e.getMessage());
        }
    }

    /** Writes atomically (temporary file, fsync, rename), so a crash leaves the old or the new anchor. */
    public void write(Path file) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("sequence", sequence);
        n.put("hash", hash);
        n.put("time", time.toString());
        n.put("closed", closed);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, n.toString() + "\n", StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write audit anchor " + file, e);
        }
    }
}
