package nl.gedeeldbeeld.synth;

/**
 * Receives progress of a generation run, so a CLI can draw a bar. Called from the generating thread.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * @param stage short Dutch stage name, e.g. {@code personen} or {@code politie}
     * @param done  units finished in this stage
     * @param total units in this stage (at least 1)
     */
    void progress(String stage, long done, long total);
}
