package nl.gedeeldbeeld.store;

/** What committing one batch did: new statements, statements seen again (last-seen moved), quarantined. */
public record BatchResult(long inserted, long refreshed, long quarantined) {
    public BatchResult plus(BatchResult other) {
        return new BatchResult(inserted + other.inserted, refreshed + other.refreshed, quarantined + other.quarantined);
    }

    public static BatchResult empty() {
        return new BatchResult(0, 0, 0);
    }
}
