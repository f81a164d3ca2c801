package nl.gedeeldbeeld.ingest;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.gedeeldbeeld.store.BatchResult;

/**
 * Commits batches on one background thread, one at a time and in the order given, so the importer can
 * read and convert the next batch while the database writes this one (the two take about the same time,
 * and the machine has cores to spare for it). At most one commit is in flight: {@link #submit} first waits
 * for the previous one, so no more than two batches are ever in memory, and a failed commit stops the
 * import at the next hand-over with the commit's own exception, before any later batch is written.
 */
final class BatchCommitter implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gb-batch-commit");
        t.setDaemon(true);
        return t;
    });
    private Future<BatchResult> inFlight;

    /**
     * Waits for the commit in flight (rethrowing its failure), then starts this one.
     *
     * @return the result of the commit that was in flight, or empty when none was
     */
    Optional<BatchResult> submit(Supplier<BatchResult> commit) {
        Optional<BatchResult> previous = await();
        inFlight = thread.submit(commit::get);
        return previous;
    }

    /**
     * Waits for the commit in flight, if any; its failure is rethrown as it was thrown.
     *
     * @return its result, or empty when no commit was in flight
     */
    Optional<BatchResult> await() {
        if (inFlight == null) {
            return Optional.empty();
        }
        Future<BatchResult> pending = inFlight;
        inFlight = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return Optional.of(pending.get());
                } catch (InterruptedException e) {
                    // The commit is a database transaction already under way: let it finish or fail whole.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("committing a batch failed", cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the thread once the commit in flight, if any, is done; callers {@link #await} it first. */
    @Override
    public void close() {
        thread.shutdown();
    }
}
