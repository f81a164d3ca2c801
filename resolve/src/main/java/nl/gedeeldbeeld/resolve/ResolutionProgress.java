package nl.gedeeldbeeld.resolve;

/** Where a long resolution run says how far it is: a stage, and how much of it is done. */
@FunctionalInterface
public interface ResolutionProgress {
    ResolutionProgress NONE = (stage, done, total) -> { };

    void report(String stage, long done, long total);
}
