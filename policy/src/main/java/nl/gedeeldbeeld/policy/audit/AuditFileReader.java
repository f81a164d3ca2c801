package nl.gedeeldbeeld.policy.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * Reads an audit log file without taking its writer's lock, so the privacy officer's questions can be
 * asked on the command line while the application writes on. It reads the file as it was when the read
 * began, and leaves out a last line the writer has not finished; any other line that is not an event is an
 * error that names its line (run {@code gb audit verify}).
 */
public final class AuditFileReader implements AuditSource {
    private final Path file;

    public AuditFileReader(Path file) {
        this.file = file;
    }

    @Override
    public List<AuditEvent> findByObjectId(String objectId) {
        return scan(file, naming(file, objectId));
    }

    @Override
    public Optional<List<String>> idSet(String reference) {
        return AuditIdSets.read(file, reference);
    }

    /**
     * Whether an event names the entity, directly or in one of its id sets; each set's file is read once per
     * question. A set whose file is missing or changed names nothing here ({@code gb audit verify} reports it).
     */
    static Predicate<AuditEvent> naming(Path file, String objectId) {
        Map<String, Boolean> inSet = new HashMap<>();
        return e -> {
            for (String id : e.objectIds()) {
                if (id.equals(objectId)) {
                    return true;
                }
                if (AuditIdSets.isReference(id) && inSet.computeIfAbsent(id, ref -> AuditIdSets.read(file, ref)
                        .map(ids -> new HashSet<>(ids).contains(objectId)).orElse(false))) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public List<AuditEvent> findByActorAndPurpose(String actor, String purpose) {
        return scan(file, e -> e.actor().equals(actor) && e.purpose().equals(purpose));
    }

    /** The events that pass the filter, in log order; shared with {@link FileAuditLog}. */
    static List<AuditEvent> scan(Path file, Predicate<AuditEvent> keep) {
        List<AuditEvent> result = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            boolean lastLineComplete = size == 0 || endsWithNewline(channel, size);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    limited(Channels.newInputStream(channel), size), StandardCharsets.UTF_8))) {
                String line = reader.readLine();
                long number = 0;
                while (line != null) {
                    number++;
                    String next = reader.readLine();
                    if (next == null && !lastLineComplete) {
                        break; // being written as we read
                    }
                    AuditEvent event;
                    try {
                        event = AuditJson.parse(line);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException("audit log " + file + " is damaged at line " + number
                                + "; run gb audit verify");
                    }
                    if (keep.test(event)) {
                        result.add(event);
                    }
                    line = next;
                }
            }
        } catch (NoSuchFileException e) {
            throw new UserInputException("audit log " + file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit log " + file, e);
        }
        return result;
    }

    private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }

    /** The first {@code size} bytes: what the file held when the read began. */
    private static InputStream limited(InputStream in, long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = in.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = in.read(buffer, offset, (int) Math.min(length, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
    }
}
