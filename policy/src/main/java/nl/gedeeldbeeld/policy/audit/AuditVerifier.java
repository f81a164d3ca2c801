package nl.gedeeldbeeld.policy.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Walks an audit chain from the first event and names the first position that does not hold. At position
 * i (from 1) the event must carry sequence i (a deleted, inserted or moved row shifts it), the hash of event
 * i−1 as its previous hash, and the SHA-256 of its own canonical JSON as its hash (a changed field breaks
 * it). After the walk the anchor, when given, must name an event the log still holds with the same hash (a
 * cut-off tail fails here), and a log closed at its anchor must hold nothing after it. An event that names
 * an {@link AuditIdSets id set} must find its side file beside the log, unchanged.
 *
 * <p>A keyless chain cannot stop someone who rewrites every event from the tampered one onwards and the
 * anchor too; the anchor therefore belongs where the log's writer cannot rewrite it.
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    /** Verifies a log file against the anchor beside it, if there is one. */
    public static Verification verify(Path log) {
        return verify(log, AuditAnchor.read(AuditAnchor.besides(log)));
    }

    public static Verification verify(Path log, Optional<AuditAnchor> anchor) {
        if (!Files.exists(log)) {
            return new Verification.Broken(1, "audit log " + log + " does not exist");
        }
        boolean torn;
        try (RandomAccessFile raf = new RandomAccessFile(log.toFile(), "r")) {
            torn = raf.length() > 0 && seekLast(raf) != '\n';
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit log " + log, e);
        }
        try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            Iterator<String> lines = reader.lines().iterator();
            return walk(lines, torn, anchor, reference -> AuditIdSets.problem(log, reference));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit log " + log, e);
        } catch (UncheckedIOException e) {
            return new Verification.Broken(1, "audit log is not readable as UTF-8 text: " + e.getMessage());
        }
    }

    /** Verifies events held in memory (no anchor). */
    public static Verification verify(List<AuditEvent> events) {
        return walk(events.stream().map(AuditJson::line).iterator(), false, Optional.empty(), reference -> Optional.empty());
    }

    private static int seekLast(RandomAccessFile raf) throws IOException {
        raf.seek(raf.length() - 1);
        return raf.read();
    }

    /** @param idSetProblem why an id set an event names cannot be trusted (its side file missing or changed) */
    private static Verification walk(Iterator<String> lines, boolean lastLineTorn, Optional<AuditAnchor> anchor,
                                     Function<String, Optional<String>> idSetProblem) {
        long position = 0;
        String previous = AuditEvent.GENESIS;
        String hashAtAnchor = null;
        while (lines.hasNext()) {
            String line = lines.next();
            position++;
            if (lastLineTorn && !lines.hasNext()) {
                return new Verification.Broken(position, "the last line is incomplete (a torn or cut write)");
            }
            AuditEvent event;
            try {
                event = AuditJson.parse(line);
            } catch (IllegalArgumentException e) {
                return new Verification.Broken(position, "not a valid audit event: " + e.getMessage());
            }
            if (event.sequence() != position) {
                return new Verification.Broken(position, "holds sequence " + event.sequence() + " where " + position
                        + " belongs: an event was deleted, inserted or moved here");
            }
            if (!event.previousHash().equals(previous)) {
                return new Verification.Broken(position, "does not link to the event before it (previous hash "
                        + abbreviate(event.previousHash()) + ", expected " + abbreviate(previous) + ")");
            }
            String computed = AuditJson.computeHash(event);
            if (!computed.equals(event.hash())) {
                return new Verification.Broken(position, "content does not match its hash: the event was changed");
            }
            for (String id : event.objectIds()) {
                if (AuditIdSets.isReference(id)) {
                    Optional<String> problem = idSetProblem.apply(id);
                    if (problem.isPresent()) {
                        return new Verification.Broken(position, problem.get());
                    }
                }
            }
            previous = event.hash();
            if (anchor.isPresent() && anchor.get().sequence() == position) {
                hashAtAnchor = event.hash();
            }
        }
        if (anchor.isPresent()) {
            AuditAnchor a = anchor.get();
            if (a.sequence() > position) {
                return new Verification.Broken(position + 1, "the log ends at event " + position
                        + " but the anchor of " + a.time() + " records event " + a.sequence() + ": the tail was cut off");
            }
            if (a.sequence() > 0 && !a.hash().equals(hashAtAnchor)) {
                return new Verification.Broken(a.sequence(), "hash differs from the anchor: the chain was rewritten up to here");
            }
            if (a.closed() && position > a.sequence()) {
                return new Verification.Broken(a.sequence() + 1, "the log was closed at event " + a.sequence()
                        + " but continues: events were added behind the writer's back");
            }
        }
        return new Verification.Verified(position, previous);
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }
}
