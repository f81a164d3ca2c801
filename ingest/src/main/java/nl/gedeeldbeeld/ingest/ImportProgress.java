package nl.gedeeldbeeld.ingest;

/** How far the import of one file is: bytes read of the total, and records read and quarantined so far. */
public record ImportProgress(String file, long bytesRead, long totalBytes, long records, long quarantined) {

    public double fraction() {
        return totalBytes <= 0 ? 1.0 : Math.min(1.0, (double) bytesRead / totalBytes);
    }
}
