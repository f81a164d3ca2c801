package nl.gedeeldbeeld.store;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings committed batches into the search index on a thread of its own, so that the next batch's database
 * commit runs while this batch's entities are re-read and their documents built (on PostgreSQL the index work
 * took about as long as the load itself, serially after it).
 *
 * <p>Only committed batches are handed over ({@link #submit} is called after the store's commit returned), and
 * each update re-reads its entities from the store, so the index never shows a batch that rolled back, and an
 * update that runs after a later batch's commit only shows what is committed. Batches are indexed in order,
 * one at a time. A process killed with updates still queued loses nothing: their batches' entries in the
 * store's {@link IndexBacklog} are cleared only once a Lucene commit holds them, and the next open re-indexes
 * what they name ({@link Storage#catchUpIndex}).
 *
 * <p>At most {@link #QUEUED} updates wait; a further {@link #submit} blocks until one starts, so a slow index
 * holds the import back instead of piling entity lists up in the heap. An update's failure is rethrown by the
 * next {@link #submit} or {@link #await}, as the committing thread would have seen it; its batch stays in the
 * backlog.
 */
final class IndexFeeder {
    private static final Logger LOG = LoggerFactory.getLogger(IndexFeeder.class);
    static final int QUEUED = 2;

    private final Storage storage;
    private final ThreadPoolExecutor thread;
    private final java.util.ArrayDeque<Future<?>> pending = new java.util.ArrayDeque<>();

    IndexFeeder(Storage storage) {
        this.storage = storage;
        // One thread that ends when idle, so a feeder nobody drains leaves no thread behind; the caller's
        // thread waits when the queue is full (put, not offer), which is the back-pressure.
        this.thread = new ThreadPoolExecutor(1, 1, 2, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED) {
            @Override
            public boolean offer(Runnable r) {
                try {
                    put(r);
                    return true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }, r -> {
            Thread t = new Thread(r, "gb-index-feed");
            t.setDaemon(true);
            return t;
        });
        this.thread.allowCoreThreadTimeOut(true);
    }

    /** Queues the index update of a committed batch's entities, after collecting the updates already done. */
    synchronized void submit(Collection<String> entityIds, String backlogKey) {
        collectDone();
        List<String> ids = List.copyOf(entityIds);
        pending.add(thread.submit(() -> storage.index().update(storage.store(), ids, List.of(backlogKey))));
    }

    /** Waits until every queued update is in the index (searchable; durable at the index's next commit). */
    synchronized void await() {
        RuntimeException first = null;
        while (!pending.isEmpty()) {
            try {
                get(pending.poll());
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void collectDone() {
        while (!pending.isEmpty() && pending.peek().isDone()) {
            get(pending.poll());
        }
    }

    private static void get(Future<?> update) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    update.get();
                    return;
                } catch (InterruptedException e) {
                    // The update is under way on the feeder's thread; its outcome is what the caller needs.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.warn("search index update failed; its batch stays in the index backlog for the next open: {}",
                    cause.toString());
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("updating the search index failed", cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
