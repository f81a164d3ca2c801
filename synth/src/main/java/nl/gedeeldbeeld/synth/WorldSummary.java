package nl.gedeeldbeeld.synth;

import java.util.List;
import java.util.Objects;

/**
 * What a generation run produced.
 *
 * @param files the partner files, as listed in manifest.json (ground truth is never among them)
 */
public record WorldSummary(long seed, WorldSize size, int persons, int addresses, int companies, int accounts,
                           int vehicles, long payments, int networks, int launderingCases, long identityRows,
                           List<ManifestEntry> files) {
    public WorldSummary {
        Objects.requireNonNull(size, "size");
        files = List.copyOf(files);
    }
}
