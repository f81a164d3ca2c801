package nl.gedeeldbeeld.ingest;

/**
 * Told how an import advances. Called often (every few hundred records) from the importing thread, so
 * implementations throttle their own output and must be cheap.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> { };

    void progress(ImportProgress progress);

    /** The file is done (or failed); by default one last progress call. */
    default void finished(ImportProgress progress) {
        progress(progress);
    }
}
