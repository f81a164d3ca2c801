package nl.gedeeldbeeld.policy.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * The audit log as a JSON-lines file: one event a line in {@link AuditJson}'s canonical form, appended and
 * never rewritten, with an {@link AuditAnchor} file written every {@code anchorEvery} events and on close.
 * One writer per file (an OS file lock refuses a second). Durability follows the {@link FsyncPolicy}; the
 * anchor is only written after the events it names are forced to disk, so it never points past the
 * durable end of the log.
 *
 * <p>Queries scan the file; fine for verification and occasional privacy-officer questions, and an index
 * can be built beside it when they become frequent.
 */
public final class FileAuditLog implements AuditLog {
    /** How long a read event may stay unforced under {@link FsyncPolicy#READS_GROUPED}. */
    public static final Duration READ_SYNC_INTERVAL = Duration.ofMillis(20);

    private final Path file;
    private final Path anchorFile;
    private final FsyncPolicy fsync;
    private final int anchorEvery;
    private final Clock clock;
    private final FileChannel channel;
    private final FileLock lock;
    private long lastSequence;
    private String lastHash;
    private int sinceAnchor;
    private boolean closed;
    /** Sequence up to which the file is known forced; guarded by this. */
    private long forcedThrough;
    /** The background sync failed: appends force in the caller's thread, where a failure is an error it sees. */
    private boolean backgroundFailed;
    private final ScheduledExecutorService syncer;
    private boolean closing;

    private FileAuditLog(Path file, Path anchorFile, FsyncPolicy fsync, int anchorEvery, Clock clock,
                         FileChannel channel, FileLock lock, AuditEvent last) {
        this.file = file;
        this.anchorFile = anchorFile;
        this.fsync = fsync;
        this.anchorEvery = anchorEvery;
        this.clock = clock;
        this.channel = channel;
        this.lock = lock;
        this.lastSequence = last == null ? 0 : last.sequence();
        this.lastHash = last == null ? AuditEvent.GENESIS : last.hash();
        this.forcedThrough = lastSequence;
        if (fsync == FsyncPolicy.READS_GROUPED) {
            syncer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "audit-sync " + file.getFileName());
                t.setDaemon(true);
                return t;
            });
            long every = READ_SYNC_INTERVAL.toMillis();
            syncer.scheduleWithFixedDelay(this::syncPending, every, every, TimeUnit.MILLISECONDS);
        } else {
            syncer = null;
        }
    }

    /**
     * The background half of {@link FsyncPolicy#READS_GROUPED}. Forces outside the lock, so appends go on
     * while the disk works; whatever was written before the force began is durable after it.
     */
    private void syncPending() {
        long target;
        synchronized (this) {
            if (closed || forcedThrough >= lastSequence) {
                return;
            }
            target = lastSequence;
        }
        try {
            channel.force(false);
            synchronized (this) {
                forcedThrough = Math.max(forcedThrough, target);
            }
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                backgroundFailed = true;
            }
        }
    }

    /** Opens (or creates) the log with its anchor beside it: {@code file + ".anchor"}. */
    public static FileAuditLog open(Path file, FsyncPolicy fsync, int anchorEvery) {
        return open(file, AuditAnchor.besides(file), fsync, anchorEvery, Clock.systemUTC());
    }

    /**
     * Opens the log and continues its chain. Refuses a log whose last line is incomplete (a torn write) or
     * that is shorter than its anchor: appending would bury the damage, so it must be examined with
     * {@code gb audit verify} first.
     */
    public static FileAuditLog open(Path file, Path anchorFile, FsyncPolicy fsync, int anchorEvery, Clock clock) {
        if (anchorEvery < 1) {
            throw new IllegalArgumentException("anchorEvery must be at least 1");
        }
        FileChannel channel = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new UserInputException("audit log " + file + " is in use by another writer");
            }
            AuditEvent last = lastEvent(channel, file);
            long lastSeq = last == null ? 0 : last.sequence();
            AuditAnchor.read(anchorFile).ifPresent(anchor -> {
                if (anchor.sequence() > lastSeq) {
                    throw new UserInputException("audit log " + file + " ends at event " + lastSeq + " but its anchor records "
                            + anchor.sequence() + "; run gb audit verify before writing to it");
                }
            });
            channel.position(channel.size());
            FileAuditLog log = new FileAuditLog(file, anchorFile, fsync, anchorEvery, clock, channel, lock, last);
            log.writeAnchor(false); // open again: events after this anchor are the writer's own
            return log;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot open audit log " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    /** The last complete line, read backwards from the end so opening a large log stays cheap. */
    private static AuditEvent lastEvent(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return null;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, size - 1);
        if (one.get(0) != '\n') {
            throw new UserInputException("audit log " + file + " ends in an incomplete line (a torn write); "
                    + "run gb audit verify before writing to it");
        }
        long end = size - 1;
        long start = end;
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        while (start > 0) {
            long from = Math.max(0, start - chunk.capacity());
            chunk.clear().limit((int) (start - from));
            channel.read(chunk, from);
            int newline = -1;
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    newline = i;
                    break;
                }
            }
            if (newline >= 0) {
                start = from + newline + 1;
                break;
            }
            start = from;
        }
        ByteBuffer line = ByteBuffer.allocate((int) (end - start));
        channel.read(line, start);
        try {
            return AuditJson.parse(new String(line.array(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("audit log " + file + ": the last line is not an audit event (" + e.getMessage()
                    + "); run gb audit verify");
        }
    }

    @Override
    public synchronized AuditEvent append(AuditRecord record) {
        ensureOpen();
        AuditEvent event = AuditEvent.chain(lastSequence + 1, record, lastHash);
        byte[] bytes = (AuditJson.line(event) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to audit log " + file, e);
        }
        lastSequence = event.sequence();
        lastHash = event.hash();
        if (fsync.forcesOnAppend(record.action()) || backgroundFailed) {
            force();
        }
        if (++sinceAnchor >= anchorEvery) {
            writeAnchor(false);
        }
        return event;
    }

    @Override
    public synchronized void flush() {
        ensureOpen();
        if (fsync == FsyncPolicy.ON_FLUSH) {
            force();
        }
    }

    private void force() {
        if (forcedThrough >= lastSequence) {
            return;
        }
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush audit log " + file, e);
        }
        forcedThrough = lastSequence;
        backgroundFailed = false;
    }

    private void writeAnchor(boolean closing) {
        force();
        new AuditAnchor(lastSequence, lastHash, clock.instant(), closing).write(anchorFile);
        sinceAnchor = 0;
    }

    @Override
    public synchronized long lastSequence() {
        return lastSequence;
    }

    @Override
    public synchronized String lastHash() {
        return lastHash;
    }

    @Override
    public List<AuditEvent> read(long fromSequence, long toSequence) {
        return scan(e -> e.sequence() >= fromSequence && e.sequence() <= toSequence);
    }

    @Override
    public List<AuditEvent> findByObjectId(String objectId) {
        return scan(AuditFileReader.naming(file, objectId));
    }

    /** Written outside the log's lock: a side file is content-addressed and forced before its event is appended. */
    @Override
    public String storeIdSet(Collection<String> ids) {
        ensureOpen();
        return AuditIdSets.write(file, ids);
    }

    @Override
    public Optional<List<String>> idSet(String reference) {
        return AuditIdSets.read(file, reference);
    }

    @Override
    public List<AuditEvent> findByActorAndPurpose(String actor, String purpose) {
        return scan(e -> e.actor().equals(actor) && e.purpose().equals(purpose));
    }

    /** Synchronised with appends so a reader never sees half a line. */
    private synchronized List<AuditEvent> scan(Predicate<AuditEvent> keep) {
        return AuditFileReader.scan(file, keep);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("audit log " + file + " is closed");
        }
    }

    /**
     * Forces the log, writes the closing anchor and releases the file. The background sync is stopped
     * without an interrupt and awaited outside the lock: an interrupt during {@code force} closes the
     * channel under the writer (a FileChannel is interruptible), which made closing fail now and then.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed || closing) {
                return;
            }
            closing = true;
        }
        if (syncer != null) {
            syncer.shutdown();
            try {
                syncer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            try {
                writeAnchor(true);
            } finally {
                closed = true;
                try {
                    lock.release();
                    channel.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close audit log " + file, e);
                }
            }
        }
    }
}
