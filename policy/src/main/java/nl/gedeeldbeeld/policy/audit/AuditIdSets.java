package nl.gedeeldbeeld.policy.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The compact form of a large read in the audit log. A network view of a whole partner's data returns
 * thousands of entities; naming each in the event made one FIOD request a 512 KB line (finding 14). Above
 * {@value #INLINE_MAX} ids an event instead names one reference, {@code idset:sha256:<hex>}: the SHA-256 of
 * the sorted, distinct ids, one a line. The ids themselves go to a side file named by that digest, beside the
 * log ({@code <log>.idsets/<hex>.ids}), written and forced to disk before the event that refers to it.
 *
 * <p>The chain stays whole: the event's hash covers the digest, and the digest covers the side file, so
 * {@link AuditVerifier} checks both (a side file missing or changed breaks verification at the event that
 * names it). "Who looked at X" still finds X inside such a set; "what did Y see" shows the set as one row
 * with its count, and the privacy officer can ask for its ids. Side files are content-addressed, so the same
 * view asked twice is stored once.
 */
public final class AuditIdSets {
    /** Events naming more entities than this name a set instead. */
    public static final int INLINE_MAX = 100;
    public static final String PREFIX = "idset:sha256:";
    private static final Pattern REFERENCE = Pattern.compile(Pattern.quote(PREFIX) + "[0-9a-f]{64}");

    private AuditIdSets() {
    }

    public static boolean isReference(String objectId) {
        return REFERENCE.matcher(objectId).matches();
    }

    /** The sorted, distinct ids a set holds, in the form its digest covers. */
    public static List<String> canonical(Collection<String> ids) {
        return List.copyOf(new TreeSet<>(ids));
    }

    public static String reference(Collection<String> ids) {
        return PREFIX + digest(text(canonical(ids)));
    }

    /** The directory of a log's side files. */
    public static Path directoryOf(Path log) {
        return log.resolveSibling(log.getFileName() + ".idsets");
    }

    static Path fileOf(Path log, String reference) {
        return directoryOf(log).resolve(reference.substring(PREFIX.length()) + ".ids");
    }

    /** Writes (once) and forces the side file of these ids; returns the reference an event names. */
    static String write(Path log, Collection<String> ids) {
        List<String> sorted = canonical(ids);
        String text = text(sorted);
        String reference = PREFIX + digest(text);
        Path target = fileOf(log, reference);
        if (Files.exists(target)) {
            return reference;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "idset", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return reference;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write audit id set " + target, e);
        }
    }

    /** The ids of a set, if its side file is there and still matches its digest. */
    static Optional<List<String>> read(Path log, String reference) {
        if (!isReference(reference)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(fileOf(log, reference), StandardCharsets.UTF_8);
            if (!(PREFIX + digest(text)).equals(reference)) {
                return Optional.empty();
            }
            return Optional.of(text.isEmpty() ? List.of() : List.of(text.split("\n")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit id set " + reference, e);
        }
    }

    /** Why a set named by an event of this log cannot be trusted; empty when its side file matches. */
    static Optional<String> problem(Path log, String reference) {
        Path file = fileOf(log, reference);
        if (!Files.exists(file)) {
            return Optional.of("names id set " + reference + " but its file " + file.getFileName() + " is missing");
        }
        return read(log, reference).isPresent() ? Optional.empty()
                : Optional.of("names id set " + reference + " but its file no longer matches the digest: it was changed");
    }

    private static String text(List<String> sorted) {
        StringBuilder b = new StringBuilder();
        for (String id : sorted) {
            b.append(id).append('\n');
        }
        return b.toString();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
